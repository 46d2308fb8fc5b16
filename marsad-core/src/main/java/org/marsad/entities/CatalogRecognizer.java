package org.marsad.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.model.TokenKind;
import org.marsad.pipeline.EntityRecognizer;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;
import org.marsad.text.TokenSequence;

/**
 * Finds the catalog's names in an article: the longest match at each place, over normalized words,
 * with a joined clitic left out of the span ({@code لروسيا → روسيا}). It complements the statistical
 * tagger with the well-known names it misses (Latin acronyms, agencies, rare countries). Thread-safe.
 */
public final class CatalogRecognizer implements EntityRecognizer {
    private final AliasCatalog catalog;
    /**
     * Every recognizable name and every start of a name, in matching form: one probe per word tells both
     * whether the words so far are a name and whether a longer one may go on from them.
     */
    private final Map<String, Step> steps = new HashMap<>();
    private final int maxWords;
    /** The hash codes of the first words of the names, to pass over a word none of whose clitic readings starts one. */
    private final TokenFilters filters;
    /** The link-only names of bodies, in matching form: {@code القاعده}, {@code فتح}, {@code النهضه}. */
    private final Set<String> linkOnlyBodies = new HashSet<>();

    /** The entry the words so far name (null: none), and whether a longer name starts with them. */
    private record Step(CatalogEntry entry, boolean goesOn) {
    }

    /** A recognized name and the catalog entry it names. */
    public record Match(EntityMention mention, CatalogEntry entry, boolean articleSwallowed) {
    }

    public CatalogRecognizer(AliasCatalog catalog) {
        this.catalog = catalog;
        int max = 1;
        Set<String> prefixes = new HashSet<>();
        for (CatalogEntry e : catalog.entries()) {
            for (CatalogEntry.Alias a : e.aliases()) {
                List<String> words = NameKey.words(a.text());
                max = Math.max(max, words.size());
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < words.size() - 1; i++) {
                    if (i > 0) {
                        sb.append(' ');
                    }
                    sb.append(words.get(i));
                    prefixes.add(sb.toString());
                }
            }
        }
        this.maxWords = max;
        Set<String> firstWords = new HashSet<>();
        for (String k : catalog.recognizableKeys()) {
            int sp = k.indexOf(' ');
            firstWords.add(sp < 0 ? k : k.substring(0, sp));
            steps.put(k, new Step(catalog.recognizable(k), prefixes.contains(k)));
        }
        for (String p : prefixes) {
            int sp = p.indexOf(' ');
            firstWords.add(sp < 0 ? p : p.substring(0, sp));
            steps.putIfAbsent(p, new Step(null, true));
        }
        filters = new TokenFilters(firstWords, OrganizationPhrases.HEAD_FORMS);
        for (CatalogEntry e : catalog.entries()) {
            if (e.type() != EntityType.ORG) {
                continue;
            }
            for (CatalogEntry.Alias a : e.aliases()) {
                String k = NameKey.of(a.text());
                if (!a.recognize() && k.indexOf(' ') < 0 && catalog.recognizable(k) == null) {
                    linkOnlyBodies.add(k);
                }
            }
        }
    }

    @Override
    public List<EntityMention> recognize(AnalyzedText text) {
        List<EntityMention> out = new ArrayList<>();
        for (Match m : matches(text)) {
            out.add(m.mention());
        }
        return out;
    }

    /** Every catalog name in title and body, in text order, not overlapping. */
    public List<Match> matches(AnalyzedText text) {
        return matches(text, filters.mark(text));
    }

    /** The word filters of this recognizer's catalog, with the organization phrases' heads. */
    TokenFilters filters() {
        return filters;
    }

    /** {@link #matches(AnalyzedText)} with the article's tokens marked by {@link #filters()}. */
    List<Match> matches(AnalyzedText text, TokenFilters.Marks marks) {
        List<Match> out = new ArrayList<>();
        int[] end = new int[1];
        for (Field f : Field.values()) {
            TokenSequence ts = text.tokens(f);
            String src = ts.source();
            int i = 0;
            while (i < ts.size()) {
                if (!ts.kind(i).isWord()) {
                    i++;
                    continue;
                }
                boolean latin = ts.kind(i) != TokenKind.ARABIC;
                if (!latin && !marks.has(f, i, TokenFilters.CATALOG_FIRST_WORD)) {
                    i++; // most words: neither they nor a clitic reading start a name, and need no normalized form
                    continue;
                }
                Match best = null;
                int bestEnd = i;
                String norm = latin ? ts.norm(i).toLowerCase(java.util.Locale.ROOT) : ts.norm(i);
                if (!latin || Character.isUpperCase(ts.firstChar(i))) {
                    CatalogEntry e = longest(ts, i, norm, end);
                    if (e != null) {
                        best = match(text, f, ts.start(i), ts.end(end[0]), e, false);
                        bestEnd = end[0];
                    }
                }
                if (!latin) {
                    for (Clitics.Reading r : Clitics.readings(norm)) {
                        CatalogEntry e = longest(ts, i, r.word(), end);
                        if (e != null && (best == null || end[0] > bestEnd)) {
                            int start = Clitics.offsetAfterLetters(src, ts.start(i), ts.end(i), r.skip());
                            best = match(text, f, start, ts.end(end[0]), e, r.articleSwallowed(norm));
                            bestEnd = end[0];
                        }
                    }
                }
                if (best != null) {
                    out.add(best);
                    i = bestEnd + 1;
                } else {
                    i++;
                }
            }
        }
        int found = out.size();
        for (Field f : Field.values()) {
            linkOnlyBodiesInContext(text, f, out, found);
        }
        for (Field f : Field.values()) {
            quotedLinkOnlyNames(text, f, out);
        }
        if (out.size() > found) {
            out.sort((a, b) -> ArticleEntityLinker.SPANS_IN_TEXT_ORDER.compare(a.mention().span(), b.mention().span()));
        }
        return out;
    }

    /** Kinds of facility and place whose name is quoted after them: سد "النهضة" is a dam. */
    private static final Set<String> FACILITIES = Set.of("سد", "ميدان", "ساحه", "مسجد", "شارع", "ملعب", "مطار", "جسر",
            "حي", "مخيم", "مدينه", "منطقه", "قريه", "ميناء", "فندق", "مستشفي", "مدرسه", "قاعده");

    /** Words right before a body's name that make it a body: its members, fighters, strongholds, leader, branch. */
    private static final Set<String> MEMBERS_OF = ArabicNormalizer.normalizeAll("عناصر", "عنصر", "مقاتلي", "مقاتلو",
            "مسلحي", "مسلحو", "إرهابيي", "فلول", "أوكار", "معاقل", "تنظيمي", "زعيم", "فرع", "التابعة", "التابع",
            "المرتبطة", "المرتبط", "المنتمين", "أنصار", "قيادات", "قياديي");

    /**
     * A link-only name of a body (a common word too: {@code القاعدة} is also "the base" and "the rule") is that
     * body right after its members or strongholds ({@code عناصر القاعدة}, {@code التابعة للقاعدة}) or coordinated
     * with a body the catalog found ({@code داعش والقاعدة}, {@code القاعدة وداعش}): the context rules the common
     * word out. Not before a feminine adjective ({@code التابعة للقاعدة الجوية}, {@code داعش والقاعدة العسكرية}).
     */
    private void linkOnlyBodiesInContext(AnalyzedText text, Field f, List<Match> out, int found) {
        if (linkOnlyBodies.isEmpty()) {
            return;
        }
        TokenSequence ts = text.tokens(f);
        int[] bodyStarts = null;
        int[] bodyEnds = null;
        int n = 0;
        for (int k = 0; k < found; k++) {
            Match m = out.get(k);
            if (m.mention().span().field() == f && m.entry().type() == EntityType.ORG) {
                if (bodyStarts == null) {
                    bodyStarts = new int[found];
                    bodyEnds = new int[found];
                }
                bodyStarts[n] = m.mention().span().start();
                bodyEnds[n++] = m.mention().span().end();
            }
        }
        if (bodyEnds != null) {
            Arrays.sort(bodyEnds, 0, n); // starts are in text order already
        }
        for (int i = 1; i < ts.size(); i++) {
            if (ts.kind(i) != TokenKind.ARABIC || ts.kind(i - 1) != TokenKind.ARABIC || ts.lineBreakBefore(i)) {
                continue;
            }
            boolean members = MEMBERS_OF.contains(ts.norm(i - 1));
            boolean andAfterBody = !members && n > 0 && ts.norm(i).charAt(0) == 'و'
                    && Arrays.binarySearch(bodyEnds, 0, n, ts.end(i - 1)) >= 0;
            boolean beforeAndBody = !members && !andAfterBody && n > 0 && i + 1 < ts.size()
                    && ts.kind(i + 1) == TokenKind.ARABIC && ts.norm(i + 1).charAt(0) == 'و'
                    && Arrays.binarySearch(bodyStarts, 0, n, ts.start(i + 1) + 1) >= 0;
            if (!members && !andAfterBody && !beforeAndBody) {
                continue;
            }
            Clitics.Reading name = bodyName(ts.norm(i));
            boolean wordAfter = i + 1 < ts.size() && ts.kind(i + 1) == TokenKind.ARABIC;
            if (name == null || feminineAdjective(ts.norm(i)) || wordAfter && feminineAdjective(ts.norm(i + 1))
                    || andAfterBody && wordAfter && !ts.norm(i).startsWith("ال", name.skip()) && !nounOrJoinerAfter(ts.norm(i + 1))) {
                continue;
            }
            int start = Clitics.offsetAfterLetters(ts.source(), ts.start(i), ts.end(i), name.skip());
            TextSpan span = TextSpan.of(text.article(), f, start, ts.end(i));
            boolean free = true;
            for (int k = 0; k < found && free; k++) {
                free = !out.get(k).mention().span().overlaps(span);
            }
            if (free) {
                CatalogEntry e = catalog.find(ts.source(), start, ts.end(i));
                if (e != null && e.type() == EntityType.ORG) {
                    // للقاعدة: the span is قاعدة, the name keeps its article
                    out.add(new Match(new EntityMention(span, e.type()), e, name.articleSwallowed(ts.norm(i))));
                }
            }
        }
    }

    /** The reading of the word that is a link-only body's name (skip 0: the word itself), or null when it names none. */
    private Clitics.Reading bodyName(String norm) {
        if (linkOnlyBodies.contains(norm)) {
            return new Clitics.Reading(0, norm);
        }
        for (Clitics.Reading r : Clitics.readings(norm)) {
            if (linkOnlyBodies.contains(r.word())) {
                return r;
            }
        }
        return null;
    }

    /**
     * Prepositions that may follow a coordinated body's name without the article, which may be a verb:
     * {@code مكتب التحقيقات وفتح تلك الحسابات} ("and opened").
     */
    private static final Set<String> PREPOSITIONS = ArabicNormalizer.normalizeAll("في", "من", "على", "عن", "إلى", "مع");

    /** A word with the article, the next conjunct or a preposition: {@code داعش والقاعدة الإرهابيين}. */
    private static boolean nounOrJoinerAfter(String norm) {
        return norm.startsWith("ال") || norm.charAt(0) == 'و' || PREPOSITIONS.contains(norm);
    }

    /** {@code العسكريه}, {@code الجويه}, {@code العربيه}: the article, a nisba and the feminine ending. */
    private static boolean feminineAdjective(String norm) {
        return norm.length() > 5 && norm.startsWith("ال") && norm.endsWith("يه");
    }

    /** Whether the word is one of the entry's names as listed, with no article put on or taken off. */
    private static boolean spelledAsListed(CatalogEntry e, String normalizedWord) {
        for (CatalogEntry.Alias a : e.aliases()) {
            if (NameKey.of(a.text()).equals(normalizedWord)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A link-only name of a body standing alone in quotation marks is that name: {@code "العربية"}
     * (the channel, not the language), {@code "القاعدة"}, {@code "فتح"}: quoting marks a name as one. As
     * listed, not with the article put on or taken off ({@code "الفتح"} is an Iraqi alliance, not Fatah), and not
     * after a kind of facility ({@code سد "النهضة"}).
     */
    private void quotedLinkOnlyNames(AnalyzedText text, Field f, List<Match> out) {
        TokenSequence ts = text.tokens(f);
        for (int i = 1; i + 1 < ts.size(); i++) {
            if (ts.kind(i) != TokenKind.ARABIC || ts.kind(i - 1) != TokenKind.QUOTE || ts.kind(i + 1) != TokenKind.QUOTE
                    || ts.end(i - 1) != ts.start(i) || ts.end(i) != ts.start(i + 1)) {
                continue;
            }
            CatalogEntry e = catalog.find(ts.source(), ts.start(i), ts.end(i));
            if (e == null || e.type() != EntityType.ORG || catalog.recognizable(ts.norm(i)) != null
                    || !spelledAsListed(e, ts.norm(i)) || i >= 2 && FACILITIES.contains(ts.norm(i - 2))) {
                continue;
            }
            TextSpan span = TextSpan.of(text.article(), f, ts.start(i), ts.end(i));
            boolean free = true;
            for (Match m : out) {
                if (m.mention().span().overlaps(span)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                out.add(new Match(new EntityMention(span, e.type()), e, false));
            }
        }
    }

    private static Match match(AnalyzedText text, Field f, int start, int end, CatalogEntry e, boolean swallowed) {
        TextSpan span = TextSpan.of(text.article(), f, start, end);
        return new Match(new EntityMention(span, e.type()), e, swallowed);
    }

    /** The longest recognizable name starting with {@code first} at token {@code i}; its last token in end[0]. */
    private CatalogEntry longest(TokenSequence ts, int i, String first, int[] end) {
        Step step = steps.get(first);
        CatalogEntry best = null;
        StringBuilder key = null; // built only when the name goes on past its first word
        int j = i;
        int words = 1;
        while (step != null) {
            if (step.entry() != null) {
                best = step.entry();
                end[0] = j;
            }
            if (words >= maxWords || !step.goesOn()) {
                break;
            }
            int next = nextWord(ts, j);
            if (next < 0) {
                break;
            }
            if (key == null) {
                key = new StringBuilder(first);
            }
            key.append(' ').append(ts.norm(next).toLowerCase(java.util.Locale.ROOT));
            step = steps.get(key.toString());
            j = next;
            words++;
        }
        return best;
    }

    /** The next word token after {@code j}, skipping only a joining dash or a hashtag; -1 at any other punctuation. */
    private static int nextWord(TokenSequence ts, int j) {
        int k = j + 1;
        while (k < ts.size()) {
            if (ts.kind(k).isWord()) {
                return ts.lineBreakBefore(k) ? -1 : k;
            }
            if (ts.kind(k) == TokenKind.NUMBER) {
                return k;
            }
            char c = ts.firstChar(k);
            if (ts.end(k) - ts.start(k) == 1 && Chars.isDash(c)) {
                k++;
                continue;
            }
            // a hashtag on the next word (دونالد #ترمب) marks it, it does not end the name
            if (ts.end(k) - ts.start(k) == 1 && c == '#' && k + 1 < ts.size() && ts.end(k) == ts.start(k + 1)
                    && ts.kind(k + 1).isWord()) {
                k++;
                continue;
            }
            return -1;
        }
        return -1;
    }
}
