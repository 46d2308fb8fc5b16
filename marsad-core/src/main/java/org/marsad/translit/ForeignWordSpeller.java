package org.marsad.translit;

/**
 * The learned model, kept to the words it learned from: names transliterated into Arabic. Words of
 * Arabic make are left to the letter rules — those written without a vowel letter (حزب), of one or two
 * letters (في, من), or with a letter foreign names almost never need (ح ع ق ص ض ط ظ ذ: about 1% of the
 * ANETAC training names) — since the model, trained mostly on foreign names, spells them as such
 * ({@code قوات → Goat}).
 */
public final class ForeignWordSpeller implements WordTransliterator {
    private static final String ARABIC_MAKE = "حعقصضطظذ";
    private static final String VOWEL_LETTERS = "اويىة";

    private final WordTransliterator model;

    public ForeignWordSpeller(WordTransliterator model) {
        this.model = model;
    }

    /** The shipped model, kept to foreign-looking words. */
    public static ForeignWordSpeller standard() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        // the model loads at the first foreign-looking word, not when the Transliterator is built
        static final ForeignWordSpeller INSTANCE = new ForeignWordSpeller(
                new RememberedSpellings(w -> GraphoneModel.standard().toLatin(w), 16384));
    }

    /** Whether a folded word is written the way transliterated names are. */
    public static boolean looksTransliterated(CharSequence w) {
        if (w.length() < 3) {
            return false;
        }
        boolean vowel = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (ARABIC_MAKE.indexOf(c) >= 0) {
                return false;
            }
            vowel |= VOWEL_LETTERS.indexOf(c) >= 0;
        }
        return vowel;
    }

    @Override
    public String toLatin(CharSequence foldedArabicWord) {
        return looksTransliterated(foldedArabicWord) ? model.toLatin(foldedArabicWord) : null;
    }
}
