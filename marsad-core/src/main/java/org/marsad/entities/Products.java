package org.marsad.entities;

import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * Products are no entities (the gold format says so), but news writes them like names and the tagger
 * tags them: {@code آيفون}, {@code أندرويد}, {@code سامسونغ غالاكسي إس 9}, {@code هاتف آيفون}, a fighter
 * {@code من طراز تايفون}. A mention is taken for a product when it starts with a product line or with a maker
 * followed by a product line, either of them perhaps after a device noun ({@code هاتف هواوي}), or when it
 * follows {@code طراز} (model). The maker
 * alone ({@code سامسونغ}, {@code أبل}) is an organization and stays; so does a club that carries a product
 * line's word after its city ({@code لوس أنجلوس غالاكسي}).
 */
final class Products {
    /** Product lines that the news of the corpus writes as names, in every spelling seen there. */
    private static final Set<String> LINES = ArabicNormalizer.normalizeAll("آيفون", "أيفون", "ايفون", "آيفونات", "آيباد",
            "أيباد", "ايباد", "أندرويد", "اندرويد", "غالاكسي", "جالاكسي", "ويندوز", "بلايستيشن", "إكسبوكس", "كيندل",
            "ماكبوك", "نوفيتشوك");
    /** Product lines written as two words ({@code آي فون}, {@code ماك بوك}): each first word, with the second words it takes. */
    private static final List<TwoWords> TWO_WORD_LINES = List.of(
            new TwoWords(ArabicNormalizer.normalizeAll("آي", "أي"), ArabicNormalizer.normalizeAll("فون", "باد")),
            new TwoWords(ArabicNormalizer.normalizeAll("ماك"), ArabicNormalizer.normalizeAll("بوك")),
            new TwoWords(ArabicNormalizer.normalizeAll("بلاي"), ArabicNormalizer.normalizeAll("ستيشن")));
    /** Makers whose name comes before a product line's: سامسونغ غالاكسي, أبل آيفون. */
    private static final Set<String> MAKERS = ArabicNormalizer.normalizeAll("سامسونغ", "سامسونج", "أبل", "آبل", "ابل",
            "غوغل", "جوجل", "مايكروسوفت", "سوني", "هواوي", "شاومي", "نوكيا", "أمازون");
    /**
     * Nouns for devices: a span they start is a description (هاتف آيفون), not a name. Not جهاز: it is
     * also the agency of جهاز الأمن.
     */
    private static final Set<String> DEVICES = ArabicNormalizer.normalizeAll("هاتف", "هواتف", "هاتفي", "حاسوب", "حواسيب",
            "كمبيوتر", "لوحي");
    /** Words after which a name is a model's: مقاتلة من طراز تايفون, سيارة موديل كامري. */
    private static final Set<String> MODEL_NOUNS = ArabicNormalizer.normalizeAll("طراز", "موديل");

    private record TwoWords(Set<String> first, Set<String> second) {
    }

    private Products() {
    }

    /**
     * Whether the mention of {@code type} whose normalized words are {@code words}, starting at {@code start}
     * of {@code src}, names a product. A person after طراز is a comparison ({@code لاعب من طراز هازارد}), and
     * a device noun before a name that is no product or maker is someone's device ({@code هاتف راموس}): both
     * stay.
     */
    static boolean isProduct(String src, int start, List<String> words, EntityType type) {
        if (words.isEmpty()) {
            return false;
        }
        int from = words.size() > 1 && Clitics.bareIn(words.get(0), DEVICES) != null ? 1 : 0;
        if (line(words, from)) {
            return true;
        }
        if (Clitics.bareIn(words.get(from), MAKERS) != null && (from == 1 || words.size() > 1 && line(words, 1))) {
            return true;
        }
        if (type == EntityType.PERS) {
            return false;
        }
        String before = ImplausibleMentions.wordBefore(src, start);
        return before != null && Clitics.bareIn(before, MODEL_NOUNS) != null;
    }

    /** Letter names that are also words ({@code في} in, {@code ال}, {@code أو} or, {@code أن}): no model's letters. */
    private static final Set<String> WORD_LETTERS = Set.of("في", "ال", "او", "ان", "اي");

    /**
     * Whether a mention whose normalized words are {@code words} ends in the one or two letters of a model's
     * designation with its number right after the span: {@code منظومة إس-300}, {@code النظام إس 400},
     * {@code "تي إف-2"}, {@code سويوز إم إس-12}. Three letters or more are an acronym ({@code إم بي سي 2} is a
     * channel), and so is {@code أف أم} (FM) before a frequency.
     */
    static boolean modelDesignation(String src, org.marsad.model.TextSpan span, List<String> words) {
        int n = words.size();
        int letters = 0;
        while (letters < n && letters < 3 && LetterNames.isLetter(words.get(n - 1 - letters))
                && !WORD_LETTERS.contains(words.get(n - 1 - letters))) {
            letters++;
        }
        if (letters == 0 || letters > 2 || letters == 2 && words.get(n - 2).equals("اف") && words.get(n - 1).equals("ام")) {
            return false;
        }
        int k = span.end();
        int limit = Math.min(src.length(), k + 3);
        while (k < limit && (src.charAt(k) == ' ' || src.charAt(k) == '\u00a0' || src.charAt(k) == '-' || src.charAt(k) == '–')) {
            k++;
        }
        return k < src.length() && Character.isDigit(src.charAt(k));
    }

    /** Whether a product line starts at word {@code i}: one word, or one of the two-word spellings. */
    private static boolean line(List<String> words, int i) {
        String w = words.get(i);
        if (Clitics.bareIn(w, LINES) != null) {
            return true;
        }
        if (i + 1 >= words.size()) {
            return false;
        }
        String next = words.get(i + 1);
        for (TwoWords t : TWO_WORD_LINES) {
            if (Clitics.bareIn(w, t.first()) != null && t.second().contains(next)) {
                return true;
            }
        }
        return false;
    }
}
