package org.marsad.robust;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators of hostile article text: mixed scripts, unbalanced and nested quotation marks, control
 * characters, bidi marks, surrogate pairs and lone surrogates, long runs with no space or no stop.
 */
final class AdversarialText {
    private AdversarialText() {
    }

    private static final List<String> WORDS = List.of("قال", "بيسكوف", "وأضاف", "وأضافت", "الولايات", "المتحدة", "ناتو",
            "إن", "أن", "بأن", "وفقاً", "لـ", "بحسب", "مصادر", "مطلعة", "نفى", "الرئيس", "كانون", "الثاني", "أمس", "اليوم",
            "2022", "13", "١٣", "٣٫٥", "1,000.5", "10/1/2022", "2022-01-10", "هـ", "محرم", "طائرة", "CNN", "RT", "U.S.", "د.",
            "https://example.org/a?b=1", "x@y.org", "#وسم", "@user", "Москва", "北京", "עברית", "ﷲ", "ﻻ", "قدّمها",
            "روســيا", "١٤٤٣هـ", "e\u0301");

    private static final List<String> MARKS = List.of(" ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "، ", "؛ ", ". ", "؟ ",
            "! ", ".. ", "… ", "...", ": ", ":", "“", "”", "«", "»", "\"", "'", "„", "‹", "›", "‘", "’", "(", ")", "[", "]",
            "\u200F", "\u200E", "\u202B", "\u202C", "\u2066", "\u2069", "\u200B", "\u200C", "\u200D", "\u00A0", "\u0000",
            "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u0640", "\u064E\u0651", "😀", "👍🏽",
            "\uD83C", "\uDF0D", "\uDBFF\uDFFF", "𝔸", "-", "—", "/", "%", "٪");

    /** Pieces of news-like and hostile text glued in any order. */
    static Arbitrary<String> text(int maxPieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(WORDS)),
                net.jqwik.api.Tuple.of(5, Arbitraries.of(MARKS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMinLength(1).ofMaxLength(12)));
        return piece.list().ofMaxSize(maxPieces).map(l -> String.join("", l));
    }

    /** Any UTF-16 string at all, lone surrogates included. */
    static Arbitrary<String> anyString(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }
}
