package org.marsad.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.model.TokenKind;
import org.marsad.quotes.CommonWords;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TokenSequence;

/**
 * Names in quotation marks right after a kind of body, outlet or business in construct: {@code صحيفة "آس"},
 * {@code شركة "نايكي"}, {@code منظمة "أنا يقظ"}, {@code حزب "المواطنون"}. News text quotes the names of
 * foreign and new bodies, and a tagger trained on unquoted names misses most of them (over the corpus, about
 * a quarter of such names had no mention). The same quoted name elsewhere in the article is the same body
 * ({@code يشار إلى أن "نايكي" قررت}). Apps are products ({@code تطبيق "كريم"}), stations facilities, and
 * {@code تنظيم} also "organizing" ({@code بتنظيم "مسيرات العودة"}), so those kinds are not here. Thread-safe.
 */
final class QuotedBodies {
    /** Kinds in construct with the quoted name, as written without clitics or article (normalized). */
    private static final Set<String> KINDS = ArabicNormalizer.normalizeAll(
            "صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "شبكة", "إذاعة", "موقع", "منصة", "شركة", "مجموعة", "بنك",
            "مصرف", "منظمة", "حركة", "حزب", "جماعة", "جمعية", "هيئة", "مؤسسة", "تحالف", "ائتلاف", "جبهة",
            "مركز", "معهد", "نادي", "فرقة", "نقابة", "اتحاد", "رابطة");
    /** Words a quoted name holds at most: longer quotes are slogans and titles of works. */
    private static final int MAX_WORDS = 4;

    private final CommonWords commonWords;

    QuotedBodies(CommonWords commonWords) {
        this.commonWords = commonWords;
    }

    /**
     * A quoted name, as an organization mention inside the quotation marks, and the token of the kind before it
     * ({@code kind}, null for the same name quoted alone elsewhere).
     */
    record Found(EntityMention name, TextSpan kind) {
    }

    /** The quoted names of the article, in order of field and place. */
    List<Found> find(AnalyzedText text) {
        List<Found> out = List.of();
        Set<String> names = null;
        for (Field f : Field.values()) {
            TokenSequence ts = text.tokens(f);
            for (int i = 1; i + 2 < ts.size(); i++) {
                if (ts.kind(i) != TokenKind.QUOTE || ts.kind(i - 1) != TokenKind.ARABIC || !isKind(ts.norm(i - 1))
                        || ts.lineBreakBefore(i)) {
                    continue;
                }
                int close = closingQuote(ts, i);
                if (close < 0 || description(ts, i + 1, close)) {
                    continue;
                }
                if (out.isEmpty()) {
                    out = new ArrayList<>(4);
                    names = new HashSet<>();
                }
                out.add(new Found(mention(text, ts, i + 1, close), TextSpan.of(text.article(), f, ts.start(i - 1), ts.end(i - 1))));
                names.add(key(ts, i + 1, close));
                i = close;
            }
        }
        if (names == null) {
            return out;
        }
        // the same name quoted alone elsewhere
        List<Found> more = new ArrayList<>();
        for (Field f : Field.values()) {
            TokenSequence ts = text.tokens(f);
            for (int i = 0; i + 2 < ts.size(); i++) {
                if (ts.kind(i) != TokenKind.QUOTE || i > 0 && ts.kind(i - 1) == TokenKind.ARABIC && isKind(ts.norm(i - 1))) {
                    continue;
                }
                int close = closingQuote(ts, i);
                if (close >= 0 && names.contains(key(ts, i + 1, close))) {
                    more.add(new Found(mention(text, ts, i + 1, close), null));
                    i = close;
                }
            }
        }
        out.addAll(more);
        return out;
    }

    /** The quotation mark closing a name of 1 to {@link #MAX_WORDS} words opened at token {@code open}, or -1. */
    private static int closingQuote(TokenSequence ts, int open) {
        int j = open + 1;
        // the marks hold the name tight: a closing mark followed by a word is no opening one ("بديل" الإخباري)
        if (!ts.kind(j).isWord() || ts.end(open) != ts.start(j)) {
            return -1;
        }
        while (j < ts.size() && j - open - 1 <= MAX_WORDS && !ts.lineBreakBefore(j)
                && (ts.kind(j).isWord() || ts.kind(j) == TokenKind.NUMBER)) {
            j++;
        }
        if (j >= ts.size() || j - open - 1 > MAX_WORDS || ts.kind(j) != TokenKind.QUOTE || ts.end(j - 1) != ts.start(j)) {
            return -1;
        }
        return j;
    }

    /**
     * Indefinite adjectives that are common words ({@code جماعة "إخواني"}, {@code منظمة "إرهابية"},
     * {@code حزب "إسلامي ديمقراطي"}): a description in quotes, no name.
     */
    private boolean description(TokenSequence ts, int from, int close) {
        for (int k = from; k < close; k++) {
            String w = ts.norm(k);
            if (ts.kind(k) != TokenKind.ARABIC || w.startsWith("ال")) {
                return false;
            }
            boolean common = w.endsWith("ي") ? commonWords.contains(w)
                    : w.endsWith("يه") && commonWords.contains(w.substring(0, w.length() - 1));
            if (!common) {
                return false;
            }
        }
        return true;
    }

    private static EntityMention mention(AnalyzedText text, TokenSequence ts, int from, int close) {
        return new EntityMention(TextSpan.of(text.article(), ts.field(), ts.start(from), ts.end(close - 1)), EntityType.ORG);
    }

    private static String key(TokenSequence ts, int from, int close) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < close; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(ts.norm(k));
        }
        return b.toString();
    }

    /** A kind as written, or after a joined و/ف and ب/ل ({@code لصحيفة}, {@code وشركة}); never with the article. */
    static boolean isKind(String w) {
        if (KINDS.contains(w)) {
            return true;
        }
        int p = 0;
        if (p < w.length() && (w.charAt(p) == 'و' || w.charAt(p) == 'ف')) {
            p++;
        }
        if (p < w.length() && (w.charAt(p) == 'ب' || w.charAt(p) == 'ل')) {
            p++;
        }
        return p > 0 && w.length() - p >= 3 && KINDS.contains(w.substring(p));
    }
}
