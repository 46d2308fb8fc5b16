package org.marsad.entities;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.quotes.CommonWords;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;
import org.marsad.time.MonthNames;

/**
 * Tagger mentions that cannot be names, told by their words and the word before them, whatever model
 * tagged them: the name of an exercise, a cup or an operation ({@code مناورات فول إيجل},
 * {@code كأس أوروبا}); a predicate after a pronoun ({@code إنهم سالمون}, {@code أنه "سعيد"}); a common
 * noun with a possessive ending ({@code مراسلنا}, {@code سلاحيهما}); an indefinite description
 * ({@code حزب إسلامي}, {@code شركة أمريكية}); a product ({@link Products}) or a disease ({@link Diseases}). Catalog names are never judged here. Thread-safe.
 */
final class ImplausibleMentions {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * Heads of the names of military exercises: an unknown name after them is the event's
     * ({@code مناورات فول إيجل}), a known place their actor ({@code مناورات سول وواشنطن}). Not عملية:
     * {@code عملية بن قردان} is the attack in a place.
     */
    private static final Set<String> EXERCISE_HEADS = ArabicNormalizer.normalizeAll("مناورات", "مناورة", "مناورتي", "مناورتين", "تدريبات",
            "تمرين", "تمارين", "تمرينات");
    /** Heads of the names of competitions: even a known place after them is part of the name ({@code كأس أوروبا}). */
    private static final Set<String> COMPETITION_HEADS = ArabicNormalizer.normalizeAll("كأس", "بطولة", "دوري", "أولمبياد", "رالي", "سباق",
            "جائزة", "مونديال");
    /**
     * Second words of two-word competition heads: {@code دوري أبطال أوروبا}, {@code كأس أمم أفريقيا}; alone they
     * are common nouns ({@code منتخبات أبطال}, {@code أمم أوروبا} as nations), so they count only after a head.
     */
    private static final Set<String> COMPETITION_SECOND_WORDS = ArabicNormalizer.normalizeAll("أبطال", "أمم", "الأمم");

    /** Particles with a pronoun: the word after them is the predicate (إنه سعيد), not a name. */
    private static final Set<String> PRONOUN_PARTICLES = ArabicNormalizer.normalizeAll("إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم",
            "إنهما", "أنهما", "إنني", "أنني", "إننا", "أننا", "لأنه", "لأنها", "لأنهم", "بأنه", "بأنها", "بأنهم", "وإنه",
            "وأنه", "وإنها", "وأنها", "وإنهم", "وأنهم", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها");

    /** Kinds of institutions besides {@link ArticleEntityLinker}'s generic heads. */
    private static final Set<String> MORE_KINDS = ArabicNormalizer.normalizeAll("اتحاد", "تحالف", "ائتلاف", "جمعية", "صندوق", "جبهة",
            "تيار", "جهاز", "ميليشيا", "فصيل", "مجموعة", "نقابة", "رابطة", "كتلة");

    /** Possessive endings, longest first; one-letter ه is left out (عبد ربه). */
    private static final String[] POSSESSIVE = {"هما", "كما", "هم", "هن", "نا", "ها", "كم"};

    private final AliasCatalog catalog;
    private final CommonWords common;
    private final Transliterator names;

    ImplausibleMentions(AliasCatalog catalog, CommonWords common, Transliterator names) {
        this.catalog = catalog;
        this.common = common;
        this.names = names;
    }


    /**
     * Whether the word before {@code start} opens the name of an event ({@code مناورات}, {@code وكأس});
     * for a name the catalog knows ({@code known}), only a competition's.
     */
    static boolean afterEventHead(String src, int start, boolean known) {
        String prev = wordBefore(src, start);
        if (prev == null) {
            return false;
        }
        if (eventHead(prev, known)) {
            return true;
        }
        for (Clitics.Reading r : Clitics.readings(prev)) {
            if (eventHead(r.word(), known)) {
                return true;
            }
        }
        return COMPETITION_SECOND_WORDS.contains(prev) && afterCompetitionHead(src, start);
    }

    /** Whether the word two words before {@code start} heads a competition's name: دوري (أبطال) أوروبا. */
    private static boolean afterCompetitionHead(String src, int start) {
        int k = start;
        while (k > 0 && !Character.isLetter(src.charAt(k - 1))) {
            k--;
        }
        while (k > 0 && (Chars.isArabicLetter(src.charAt(k - 1)) || ArabicNormalizer.isDropped(src.charAt(k - 1)))) {
            k--;
        }
        String head = wordBefore(src, k);
        if (head == null) {
            return false;
        }
        return Clitics.bareIn(head, COMPETITION_HEADS) != null;
    }

    private static boolean eventHead(String w, boolean known) {
        String bare = NameKey.withoutArticle(w);
        return COMPETITION_HEADS.contains(w) || COMPETITION_HEADS.contains(bare)
                || !known && (EXERCISE_HEADS.contains(w) || EXERCISE_HEADS.contains(bare));
    }

    /** بطولة is also "starring" and جائزة a prize named for someone: a person after them stays. */
    static boolean afterEventHead(String src, int start, boolean known, EntityType type) {
        return type != EntityType.PERS ? afterEventHead(src, start, known) : afterExerciseHead(src, start, known);
    }

    /** Whether an unknown name follows the head of a military exercise's name ({@code مناورات}). */
    static boolean afterExerciseHead(String src, int start, boolean known) {
        if (known) {
            return false;
        }
        String prev = wordBefore(src, start);
        return prev != null && Clitics.bareIn(prev, EXERCISE_HEADS) != null;
    }

    /**
     * Whether a mention the catalog does not know reads as something other than a name. {@code words}
     * are its normalized words, {@code src} the field it lies in.
     */
    boolean implausible(String src, org.marsad.model.TextSpan span, List<String> words, EntityType type) {
        int start = span.start();
        if (words.isEmpty()) {
            return false;
        }
        if (dateOfMonth(src, span, words)) {
            return true;
        }
        if (!Chars.isArabicLetter(words.get(0).charAt(0))) {
            return false;
        }
        if (words.size() == 1 && PRONOUN_PARTICLES.contains(String.valueOf(wordBefore(src, start)))
                && catalog.find(words.get(0)) == null) {
            return true;
        }
        for (String w : words) {
            if (possessedCommonNoun(w)) {
                return true;
            }
        }
        if (type != EntityType.PERS && words.size() == 1 && possessedByHim(span.text(), words.get(0))) {
            return true;
        }
        if (Products.isProduct(src, start, words, type) || Products.modelDesignation(src, span, words) || Diseases.isDisease(words)) {
            return true;
        }
        return type != EntityType.PERS && (indefiniteDescription(words, span.text()) || nationalityAdjective(words));
    }

    /** Words after a month that place it relative to the article's date: ماي الجاري, أيار الماضي. */
    private static final Set<String> MONTH_QUALIFIERS = ArabicNormalizer.normalizeAll("الجاري", "الماضي", "المقبل", "القادم",
            "المنصرم", "الحالي", "المنقضي");

    /**
     * A month name with its day before it, its year after it or a word that places it ({@code ماي الجاري}),
     * {@code 12 ماي 2017}, {@code ماي 2016}: a date,
     * although {@code ماي} is also Theresa May. A month name with another number after it stays ({@code منحت
     * ماي 23 روسيا}: she gave 23 Russians).
     */
    static boolean dateOfMonth(String src, org.marsad.model.TextSpan span, List<String> words) {
        int month = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (MonthNames.isMonth(w)) {
                if (month >= 0) {
                    return false;
                }
                month = i;
            } else if (month >= 0 && i == words.size() - 1 && MONTH_QUALIFIERS.contains(w)) {
                return true;
            } else if (!digits(w)) {
                return false;
            }
        }
        if (month < 0) {
            return false;
        }
        boolean dayBefore = month > 0 || digitBefore(src, span.start());
        boolean placedAfter = month + 1 < words.size() ? year(words.get(month + 1))
                : year(numberAfter(src, span.end())) || MONTH_QUALIFIERS.contains(String.valueOf(wordAfter(src, span.end())));
        return dayBefore || placedAfter;
    }

    private static boolean digits(String w) {
        if (w == null || w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean year(String w) {
        return digits(w) && w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
    }

    /** Whether a digit ends right before {@code offset} (over spaces). */
    private static boolean digitBefore(String src, int offset) {
        int k = offset;
        while (k > 0 && Character.isSpaceChar(src.charAt(k - 1))) {
            k--;
        }
        return k > 0 && Character.isDigit(src.charAt(k - 1));
    }

    /** The normalized word right after {@code offset} (over spaces), or null. */
    private static String wordAfter(String src, int offset) {
        int k = offset;
        while (k < src.length() && Character.isSpaceChar(src.charAt(k))) {
            k++;
        }
        int start = k;
        while (k < src.length() && (Chars.isArabicLetter(src.charAt(k)) || ArabicNormalizer.isDropped(src.charAt(k)))) {
            k++;
        }
        return k == start ? null : NameKey.of(src, start, k);
    }

    /** The run of digits that starts right after {@code offset} (over spaces), or null. */
    private static String numberAfter(String src, int offset) {
        int k = offset;
        while (k < src.length() && Character.isSpaceChar(src.charAt(k))) {
            k++;
        }
        int start = k;
        while (k < src.length() && Character.isDigit(src.charAt(k))) {
            k++;
        }
        return k == start ? null : src.substring(start, k);
    }

    /** Adjectives of direction a nationality adjective takes: الكورية الجنوبية. */
    private static final Set<String> DIRECTIONS = ArabicNormalizer.normalizeAll("الجنوبية", "الشمالية", "الشرقية", "الغربية", "الجنوبي",
            "الشمالي", "الشرقي", "الغربي");

    /**
     * A nationality adjective with a direction, {@code الكورية الجنوبية} (of كوريا الجنوبية), {@code الروسية
     * الشرقية}: an adjective, no name.
     */
    private boolean nationalityAdjective(List<String> words) {
        if (words.size() != 2 || !DIRECTIONS.contains(words.get(1)) || !words.get(0).startsWith("ال")) {
            return false;
        }
        String w = words.get(0);
        if (catalog.isNisba(w)) {
            return true;
        }
        // كوريا الجنوبية has no one-word name the catalog derives adjectives from
        String stem = w.endsWith("يه") ? w.substring(2, w.length() - 2) : w.endsWith("ي") ? w.substring(2, w.length() - 1) : null;
        if (stem == null || stem.length() < 2) {
            return false;
        }
        String direction = words.get(1).endsWith("ه") ? words.get(1) : words.get(1) + "ه";
        CatalogEntry e = catalog.find(stem + "يا " + direction);
        return e != null && e.type() == EntityType.LOC;
    }

    /** Words for one's country that news writes with a possessive ending: بلادهم, بلادنا, بلاده (their country). */
    private static final Set<String> HOMELANDS = ArabicNormalizer.normalizeAll("بلاد", "ديار", "وطن");

    /** A common noun or title with a possessive ending: {@code مراسلنا}, {@code حكومتها}, {@code سلاحيهما}. */
    boolean possessedCommonNoun(String w) {
        if (names.knows(w) || !Chars.isArabicLetter(w.charAt(0))) {
            return false;
        }
        if (possessedHomeland(w)) {
            return true;
        }
        for (String p : POSSESSIVE) {
            if (!w.endsWith(p) || w.length() - p.length() < 4) {
                continue;
            }
            String stem = NameKey.withoutArticle(w.substring(0, w.length() - p.length()));
            if ((p.equals("نا") || p.equals("ها")) && stem.length() < 5 && !TitleWords.isHead(stem)) {
                return false; // foreign names end so: ريغينا, سيرينا, ألينا
            }
            // the dual or plural in construct before هما/هم (سلاحيهما); not before نا, ها: سيرينا, ألينا
            boolean construct = p.equals("هما") || p.equals("هم") || p.equals("كما");
            if (knownNoun(stem)
                    || stem.endsWith("ت") && knownNoun(stem.substring(0, stem.length() - 1) + "ه")
                    || construct && stem.endsWith("ي") && stem.length() > 3 && knownNoun(stem.substring(0, stem.length() - 1))) {
                return true;
            }
            return false;
        }
        return false;
    }

    /**
     * One word written with the possessive ه ("his", not the ة of a name) on a common noun: {@code خصمه},
     * {@code منصبه}, {@code منافسيه}, {@code لخصمه}. Places and bodies ending in ه have no common stem
     * ({@code شالكه}, {@code نستله}) or a short one ({@code جده}, {@code حماه}, {@code قفصه}); persons are left alone
     * ({@code عبده}).
     */
    private boolean possessedByHim(String written, String w) {
        if (written.isEmpty() || written.charAt(written.length() - 1) != 'ه' || w.length() < 4 || names.knows(w)) {
            return false;
        }
        String stem = NameKey.withoutArticle(w.substring(0, w.length() - 1));
        if (stem.length() >= 4 && (stem.charAt(0) == 'ل' || stem.charAt(0) == 'ب' || stem.charAt(0) == 'و')
                && !common.contains(stem) && common.contains(stem.substring(1))) {
            stem = stem.substring(1); // لخصمه
        }
        return stem.length() >= 3 && (common.contains(stem)
                || stem.length() >= 4 && stem.endsWith("ي") && common.contains(stem.substring(0, stem.length() - 1) + "ين"));
    }

    private static boolean possessedHomeland(String w) {
        String bare = NameKey.withoutArticle(w);
        for (String p : POSSESSIVE) {
            if (bare.endsWith(p) && HOMELANDS.contains(bare.substring(0, bare.length() - p.length()))) {
                return true;
            }
        }
        return bare.endsWith("ه") && HOMELANDS.contains(bare.substring(0, bare.length() - 1));
    }

    private boolean knownNoun(String stem) {
        return common.contains(stem) || TitleWords.isHead(stem);
    }

    /**
     * A kind of institution or place followed only by indefinite adjectives of relation (nisba, ending in
     * ي or ية) that are common words: {@code حزب إسلامي}, {@code منطقة سكنية} describe, they do not name;
     * {@code مدينة قصر هلال}, {@code جامعة طيبة} are names of common nouns.
     */
    boolean indefiniteDescription(List<String> words, String written) {
        if (words.size() < 2) {
            return false;
        }
        String[] raw = SPACES.split(written.strip());
        if (raw.length != words.size()) {
            return false;
        }
        String head = words.get(0);
        if (head.startsWith("ال") || !(ArticleEntityLinker.isGenericHead(head) || MORE_KINDS.contains(head))) {
            return false;
        }
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            // as written: شورى normalizes to شوري
            String r = raw[i];
            int e = r.length();
            while (e > 1 && ArabicNormalizer.isDropped(r.charAt(e - 1))) {
                e--;
            }
            r = r.substring(0, e);
            boolean adjective = r.endsWith("ي") || r.endsWith("ية") || r.endsWith("يه");
            if (!adjective || w.startsWith("ال") || !Chars.isArabicLetter(w.charAt(0)) || names.knows(w)
                    || !(common.contains(w) || catalog.isNisba(w))) {
                return false;
            }
        }
        return true;
    }

    /** The normalized word before {@code offset}, over spaces and quotation marks; null at other punctuation. */
    static String wordBefore(String src, int offset) {
        int k = offset;
        while (k > 0 && (src.charAt(k - 1) == ' ' || Chars.isQuote(src.charAt(k - 1)) || src.charAt(k - 1) == '(')) {
            k--;
        }
        int end = k;
        while (k > 0 && (Chars.isArabicLetter(src.charAt(k - 1)) || ArabicNormalizer.isDropped(src.charAt(k - 1)))) {
            k--;
        }
        if (k == end || end == offset && offset > 0 && Chars.isArabicLetter(src.charAt(offset - 1))) {
            return null;
        }
        return NameKey.of(src, k, end);
    }
}
