package org.marsad.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Gender;
import org.marsad.model.TextSpan;
import org.marsad.model.TokenKind;
import org.marsad.pipeline.EntityLinker;
import org.marsad.quotes.CommonWords;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;
import org.marsad.text.SpanIndex;
import org.marsad.text.TokenSequence;

/**
 * Turns the tagger's mentions into the article's entities: one per real-world person, organization or
 * place. It adds the catalog's well-known names the tagger missed, takes joined clitics off the spans,
 * groups short forms with full names, acronyms and apposed forms with long ones, links to the catalog
 * for a stable key and Latin name, and collects each person's titles and gender. MISC mentions are not
 * entities of the contract and are left out. Thread-safe.
 */
public final class ArticleEntityLinker implements EntityLinker {
    /** Generic head nouns: {@code منطقة دنغارا} is also called {@code دنغارا}. */
    private static final Set<String> GENERIC_HEADS = ArabicNormalizer.normalizeAll(
            "وكاله", "حزب", "حركه", "جماعه", "تنظيم", "مقاطعه", "ولايه", "مدينه", "قريه", "منطقه", "محافظه", "اقليم",
            "بلده", "مخيم", "جزيره", "جزر", "كهف", "كهوف", "صحيفه", "جريده", "مجله", "قناه", "شبكه", "اذاعه",
            "شركه", "مجموعه", "دليل", "جمهوريه", "مملكه", "اماره", "دوله", "مطار", "ميناء", "نهر", "جبل",
            "بحيره", "حي", "شارع", "ساحه", "موقع", "منظمه", "مؤسسه", "مجلس", "هيئه", "بنك", "مصرف", "فندق",
            "مستشفي", "جامعه", "نادي", "فريق", "منتخب", "سجن", "معبر", "بلديه", "قوات", "سلاح", "وزاره", "اداره",
            "محكمه", "لجنه", "سفاره", "قنصليه", "شرطه", "جيش", "مكتب", "مركز", "معهد");

    /** Whether a normalized word names a kind of institution or place ({@code حزب}, {@code مقاطعة}). */
    static boolean isGenericHead(String w) {
        return GENERIC_HEADS.contains(w);
    }

    /** Kinds of institution: {@code اللجنة الدولية للصليب الأحمر} is one name, not a committee beside one. */
    private static final Set<String> INSTITUTION_KINDS = ArabicNormalizer.normalizeAll("لجنه", "اتحاد", "جمعيه", "رابطه", "نقابه",
            "صندوق", "برنامج", "اداره", "هيئه", "مجلس", "منظمه", "جامعه", "اكاديميه", "وكاله", "حزب", "حركه", "جماعه",
            "تنظيم", "شركه", "مجموعه", "مؤسسه", "بنك", "مصرف", "وزاره", "محكمه", "سفاره", "شرطه", "جيش", "مكتب", "مركز",
            "معهد", "قوات", "نادي", "فريق", "منتخب", "كليه", "مدرسه", "مستشفي");

    /**
     * Kinds of business and outlet, whose one-word name alone later is the same body ({@code وكالة فيتش} … {@code فيتش});
     * not parties, offices, hospitals or institutes, often named after a person ({@code حزب نواز شريف}).
     */
    private static final Set<String> BUSINESS_KINDS = ArabicNormalizer.normalizeAll("وكاله", "شركه", "مجموعه", "بنك",
            "مصرف", "صحيفه", "مجله", "قناه", "شبكه");

    /** A club, named after its sponsor or its place: {@code نادي تشيلسي} … {@code تشيلسي}. */
    static final String CLUB = ArabicNormalizer.normalize("نادي");

    /** The kinds of place among the generic heads. */
    private static final Set<String> PLACE_KINDS = ArabicNormalizer.normalizeAll("مقاطعه", "ولايه", "مدينه", "قريه",
            "منطقه", "محافظه", "اقليم", "بلده", "مخيم", "جزيره", "جزر", "حي", "شارع", "ساحه");

    private static final Set<String> PLATFORM_KINDS = ArabicNormalizer.normalizeAll("موقع", "منصة", "تطبيق", "خدمة", "شبكة");

    private final AliasCatalog catalog;
    private final CatalogRecognizer recognizer;
    private final Transliterator transliterator;
    private final TaggedSpans taggedSpans;
    private final OrganizationPhrases organizations;
    private final CommonWords commonWords;
    private final InstitutionNames institutions = InstitutionNames.standard();
    private final ImplausibleMentions implausible;
    private final SportsClubs clubs;
    private final QuotedBodies quotedBodies;

    /** Words before a name that say it is a place ({@code بلدة X}) or a person ({@code اللاعب X}). */
    private static final Set<String> PLACE_CUES = ArabicNormalizer.normalizeAll(
            "بلدة", "مدينة", "قرية", "ولاية", "مقاطعة", "محافظة", "إقليم", "جزيرة", "عاصمة", "العاصمة", "ضاحية",
            "بلدات", "مدن", "قرى", "مدينتي", "بلدتي");
    /** Kinds of business and outlet in construct with a name, quoted or not: {@code شركة رولز رويس}. */
    private static final Set<String> ORGANIZATION_CUES = ArabicNormalizer.normalizeAll(
            "شركة", "شركات", "صحيفة", "جريدة", "مجلة", "وكالة", "قناة", "إذاعة", "شبكة", "منصة", "نادي", "نادى", "مصرف",
            "بنك");
    /**
     * Kinds of body often named after a person ({@code مؤسسة مانديلا}, {@code حركة فتح الله غولن}) or that are
     * also common nouns ({@code حركة نيمار}, his moves): a cue only before a quoted name ({@code منظمة "أوكسفام"}).
     */
    private static final Set<String> QUOTED_BODY_CUES = ArabicNormalizer.normalizeAll(
            "منظمة", "حركة", "حزب", "جماعة", "تنظيم", "جمعية", "هيئة", "مؤسسة", "تحالف", "ائتلاف");
    private static final Set<String> PERSON_CUES = ArabicNormalizer.normalizeAll(
            "اللاعب", "اللاعبة", "المدرب", "المدربة", "النجم", "النجمة", "المهاجم", "الحارس", "المغني", "المغنية",
            "الفنان", "الفنانة", "الممثلة", "الكاتب", "الكاتبة", "الروائي", "الشاعر", "الشاعرة", "الطاهي", "الشيف",
            "السيد", "السيدة", "الدكتور", "الدكتورة", "الصحفي", "الصحفية", "الناشط", "الناشطة", "المواطن", "المواطنة");

    public ArticleEntityLinker(AliasCatalog catalog) {
        this.catalog = catalog;
        this.commonWords = CommonWords.standard();
        this.recognizer = new CatalogRecognizer(catalog);
        this.transliterator = Transliterator.standard();
        this.implausible = new ImplausibleMentions(catalog, commonWords, transliterator);
        this.taggedSpans = new TaggedSpans(catalog, transliterator, implausible::possessedCommonNoun, commonWords);
        this.organizations = new OrganizationPhrases(catalog);
        this.clubs = new SportsClubs(catalog);
        this.quotedBodies = new QuotedBodies(commonWords);
    }

    /** The linker with the shipped catalog. */
    public static ArticleEntityLinker standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final ArticleEntityLinker INSTANCE = new ArticleEntityLinker(AliasCatalog.standard());
    }

    public AliasCatalog catalog() {
        return catalog;
    }

    @Override
    public List<Entity> link(AnalyzedText text, List<EntityMention> mentions) {
        List<Candidate> cands = candidates(text, mentions);
        if (cands.isEmpty()) {
            return List.of();
        }
        Groups groups = new Groups(cands.size());
        group(text, cands, groups);
        return entities(text, cands, groups);
    }

    // ---------------------------------------------------------------- candidates

    /** A mention on its way to an entity. */
    static final class Candidate {
        final TextSpan span;
        EntityType type;
        final List<String> words;
        final String loose;
        /** The words without the article, for short-form matching. */
        final List<String> looseWords;
        final CatalogEntry entry;
        /** The span lost the article to a joined ل ({@code للمنظمة}); the name puts it back. */
        final boolean articleSwallowed;
        final boolean tagged;
        /** A name quoted after its kind ({@code صحيفة "الحياة"}): a name, however common its word. */
        boolean quotedName;
        /** Joined to a catalog place it spells one long vowel apart ({@code كازخستان}). */
        boolean misspelt;

        Candidate(TextSpan span, EntityType type, List<String> words, CatalogEntry entry, boolean swallowed, boolean tagged) {
            this.span = span;
            this.type = type;
            this.words = words;
            this.looseWords = looseWordsOf(words);
            this.loose = joined(looseWords);
            this.entry = entry;
            this.articleSwallowed = swallowed;
            this.tagged = tagged;
        }

        String nameForm() {
            // a hashtag on a word of the name (دونالد #ترمب) stays in the mention, not in the name
            String t = span.text().indexOf('#') >= 0 ? span.text().replace("#", "") : span.text();
            return articleSwallowed ? "ال" + t : t;
        }

        String key() {
            return entry == null ? null : entry.key();
        }
    }

    /**
     * Spans by field, then start. Written out rather than chained ({@code Comparator.comparing(...).thenComparingInt(...)}):
     * a chain's calls through its key extractors cost more than the rest of the sort.
     */
    static final Comparator<TextSpan> SPANS_IN_TEXT_ORDER = (a, b) ->
            a.field() != b.field() ? Integer.compare(a.field().ordinal(), b.field().ordinal()) : Integer.compare(a.start(), b.start());
    private static final Comparator<Candidate> IN_TEXT_ORDER = (a, b) -> SPANS_IN_TEXT_ORDER.compare(a.span, b.span);
    private static final Comparator<Candidate> LONGEST_FIRST = (a, b) -> Integer.compare(b.span.length(), a.span.length());

    List<Candidate> candidates(AnalyzedText text, List<EntityMention> mentions) {
        TokenFilters.Marks marks = recognizer.filters().mark(text);
        StandaloneWords standalone = new StandaloneWords(text, marks);
        List<CatalogRecognizer.Match> known = recognizer.matches(text, marks);
        List<Candidate> tagged = new ArrayList<>();
        List<EntityMention> repaired = taggedSpans.repair(text, mentions, known);
        repaired = splitCoordinatedPersons(repaired);
        List<EntityMention> institutions = organizations.find(text, marks);
        repaired = outOfInstitutions(repaired, institutions);
        Set<Long> nameEnds = new HashSet<>();
        for (EntityMention t : repaired) {
            nameEnds.add(position(t.span().field(), t.span().end()));
        }
        for (CatalogRecognizer.Match c : known) {
            nameEnds.add(position(c.mention().span().field(), c.mention().span().end()));
        }
        Set<String> eventNames = new HashSet<>();
        List<TextSpan> eventSpans = new ArrayList<>();
        EntityMention lastEvent = null;
        for (EntityMention m : repaired) {
            if (m.type() == EntityType.MISC) {
                continue;
            }
            Candidate c = clean(text, m, standalone, afterAnotherName(text, m, nameEnds));
            if (c == null || notAnEntity(c)) {
                continue;
            }
            String src = text.field(c.span.field());
            // مناورات فول إيجل وماكس ثاندر: the second name of a coordinated pair of events is one too
            boolean exercise = ImplausibleMentions.afterExerciseHead(src, c.span.start(), c.entry != null)
                    || lastEvent != null && coordinatedAfter(src, lastEvent.span(), m.span());
            if (exercise || ImplausibleMentions.afterEventHead(src, c.span.start(), c.entry != null, c.type)) {
                eventSpans.add(c.span);
                if (exercise) {
                    // an exercise's name is one elsewhere too; a competition's (أولمبياد سوتشي) may be a place
                    lastEvent = m;
                    eventNames.add(c.loose);
                }
                continue;
            }
            if (c.entry == null && implausible.implausible(src, c.span, c.words, c.type)
                    || c.entry != null && countryAdjective(text, c.span)) {
                continue;
            }
            tagged.add(c);
        }
        if (!eventNames.isEmpty()) {
            // تعليق فريدم غارديان: the event named elsewhere with its head, or a part of it (غارديان)
            tagged.removeIf(c -> c.entry == null && partOfEvent(c.loose, eventNames));
        }
        tagged.sort(LONGEST_FIRST);
        List<Candidate> distinct = new ArrayList<>();
        Map<Field, java.util.TreeMap<Integer, Integer>> taken = new EnumMap<>(Field.class);
        for (Candidate c : tagged) {
            // accepted spans never overlap, so only the last one starting before c's end can overlap c
            java.util.TreeMap<Integer, Integer> spans = taken.computeIfAbsent(c.span.field(), f -> new java.util.TreeMap<>());
            Map.Entry<Integer, Integer> before = spans.lowerEntry(c.span.end());
            if (c.span.length() > 0 && (before == null || before.getValue() <= c.span.start())) {
                spans.put(c.span.start(), c.span.end());
                distinct.add(c);
            } else if (c.span.length() == 0 && distinct.stream().noneMatch(d -> d.span.overlaps(c.span))) {
                distinct.add(c);
            }
        }
        // a catalog name beside a place or after a clitic in a longer span: the span gives way to the catalog names
        Map<Candidate, Integer> cuts = new HashMap<>();
        SpanMap containing = new SpanMap(distinct);
        for (CatalogRecognizer.Match k : known) {
            TextSpan s = k.mention().span();
            for (Candidate t : containing.overlapping(s)) {
                if (t.type != EntityType.PERS && t.entry == null && !cuts.containsKey(t)
                        && (k.entry().type() == EntityType.ORG || t.type == EntityType.LOC)
                        && t.span.contains(s) && t.span.length() > s.length()) {
                    int cut = beside(text.field(s.field()), t.span, s, t.type == EntityType.LOC);
                    if (cut >= 0) {
                        cuts.put(t, cut);
                    }
                }
            }
        }
        if (!cuts.isEmpty()) {
            List<Candidate> kept = new ArrayList<>(distinct.size());
            for (Candidate t : distinct) {
                Integer cut = cuts.get(t);
                if (cut == null) {
                    kept.add(t);
                } else if (cut > t.span.start()) {
                    // what stands before a clitic joined to the catalog name stays a mention of its own
                    Candidate before = prefix(text, t, cut, standalone);
                    if (before != null) {
                        kept.add(before);
                    }
                }
            }
            distinct = kept;
        }
        // out keeps the order of insertion (it breaks ties of the final sort); the span maps find overlaps
        // without a scan of every candidate, so that a very long text stays linear
        Set<Candidate> out = new java.util.LinkedHashSet<>(distinct);
        SpanMap taggedAt = cuts.isEmpty() ? containing : new SpanMap(distinct); // containing is not asked again
        for (CatalogRecognizer.Match m : known) {
            TextSpan s = m.mention().span();
            if (ImplausibleMentions.afterEventHead(text.field(s.field()), s.start(), true)
                    || anyOverlaps(eventSpans, s) || countryAdjective(text, s)) {
                continue; // كأس أوروبا, جائزة بنك السويد
            }
            Candidate cat = new Candidate(s, m.entry().type(), words(m.mention().span().text(), m.articleSwallowed()),
                    m.entry(), m.articleSwallowed(), false);
            boolean keep = true;
            Candidate linked = null;
            List<Candidate> replaced = new ArrayList<>();
            for (Candidate t : taggedAt.overlapping(s)) {
                if (s.contains(t.span) && s.length() > t.span.length()) {
                    replaced.add(t);
                } else if (t.span.contains(s) && platformOf(t, s)) {
                    replaced.add(t);
                } else if (t.entry == null && m.entry().type() == EntityType.ORG && kindOf(t, s)) {
                    // قناة CNN: the kind of outlet and the catalog's name, one mention of the catalog entry
                    replaced.add(t);
                    linked = new Candidate(t.span, EntityType.ORG, t.words, m.entry(), t.articleSwallowed, true);
                } else if (s.start() == t.span.start() && s.end() == t.span.end()) {
                    replaced.add(t);
                } else {
                    keep = false;
                }
            }
            if (keep) {
                for (Candidate t : replaced) {
                    out.remove(t);
                    taggedAt.remove(t);
                }
                out.add(linked != null ? linked : cat);
                if (linked != null) {
                    taggedAt.add(linked);
                }
            }
        }
        SpanMap outAt = new SpanMap(out);
        for (EntityMention m : institutions) {
            TextSpan s = m.span();
            boolean free = true;
            List<Candidate> replaced = new ArrayList<>();
            for (Candidate c : outAt.overlapping(s)) {
                // a catalog name at the start stays the name (وكالة الأناضول التركية الرسمية)
                if (s.contains(c.span) && (c.entry == null || c.span.start() > s.start())) {
                    replaced.add(c);
                } else {
                    free = false;
                }
            }
            if (free) {
                for (Candidate c : replaced) {
                    out.remove(c);
                    outAt.remove(c);
                }
                // للمجلس الوطني: the span starts after ل and the article it swallowed; the name puts the article back
                String src = text.field(s.field());
                boolean swallowed = s.start() >= 2 && src.charAt(s.start() - 1) == 'ل' && src.charAt(s.start() - 2) == 'ل'
                        && (s.start() == 2 || !Chars.isArabicLetter(src.charAt(s.start() - 3)) || src.charAt(s.start() - 3) == 'و'
                        || src.charAt(s.start() - 3) == 'ف') && !s.text().startsWith("ال");
                Candidate org = new Candidate(s, EntityType.ORG, words(s.text(), swallowed), null, swallowed, false);
                out.add(org);
                outAt.add(org);
            }
        }
        for (QuotedBodies.Found q : quotedBodies.find(text)) {
            // صحيفة "آس", شركة "نايكي": only where nothing else was found
            TextSpan s = q.name().span();
            List<Candidate> there = outAt.overlapping(s);
            if (!there.isEmpty()) {
                for (Candidate c : there) {
                    // the tagger found it: as quoted after its kind, a name however common its word (صحيفة "الحياة")
                    c.quotedName |= c.span.start() == s.start() && c.span.end() == s.end();
                }
                continue;
            }
            if (q.kind() != null) {
                // the bare kind before the quotes is this name's, no mention of its own to join other names through
                for (Candidate k : outAt.overlapping(q.kind())) {
                    if (loneKind(k) && q.kind().contains(k.span)) {
                        out.remove(k);
                        outAt.remove(k);
                    }
                }
            }
            Candidate org = new Candidate(s, EntityType.ORG, words(s.text(), false), null, false, false);
            org.quotedName = true;
            out.add(org);
            outAt.add(org);
        }
        List<Candidate> sorted = new ArrayList<>(out);
        sorted.sort(IN_TEXT_ORDER);
        return sorted;
    }

    private static boolean anyOverlaps(List<TextSpan> spans, TextSpan s) {
        for (TextSpan e : spans) {
            if (e.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person the tagger starts inside an institution phrase and runs past its end
     * ({@code تابعة لسلاح [الجو الروسي غادرت]}): the phrase's words are the institution's, and a name
     * does not run on over the country adjective that closes it, so the person keeps only what follows,
     * and only when that looks like a name of its own: two words or more, or a name the catalog or the
     * name list knows (a lone word left of a span that went wrong, such as the verb غادرت, is none).
     */
    private List<EntityMention> outOfInstitutions(List<EntityMention> mentions, List<EntityMention> institutions) {
        if (institutions.isEmpty()) {
            return mentions;
        }
        SpanIndex at = new SpanIndex(institutions.stream().map(EntityMention::span).toList());
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            TextSpan s = m.span();
            int cut = -1;
            if (m.type() == EntityType.PERS) {
                for (int k : at.covering(s.field(), s.start())) {
                    TextSpan p = institutions.get(k).span();
                    // from before the phrase's last word: a person may start on it (قوات [تركي المالكي])
                    if (p.start() < s.start() && s.start() <= p.end() - lastWordLength(p.text()) - 1 && p.end() < s.end()) {
                        cut = Math.max(cut, p.end());
                    }
                }
            }
            if (cut < 0) {
                out.add(m);
                continue;
            }
            String t = s.text();
            int from = cut - s.start();
            while (from < t.length() && !Character.isLetterOrDigit(t.charAt(from))) {
                from++;
            }
            if (from < t.length() && nameOfItsOwn(t.substring(from))) {
                out.add(new EntityMention(new TextSpan(s.field(), s.start() + from, s.end(), t.substring(from)), m.type()));
            }
        }
        return out;
    }

    /**
     * Words before a country's name that it does not qualify: اليوم السعودية = today Saudi Arabia; المملكة السعودية
     * names the country.
     */
    private static final Set<String> TIME_WORDS = ArabicNormalizer.normalizeAll("المملكة", "اليوم", "الآن", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
            "الأربعاء", "الخميس", "الجمعة", "السبت", "الماضي", "الماضية", "الحالي", "الجاري", "المقبل", "المقبلة");

    /**
     * A country whose name is also a feminine nationality adjective ({@code السعودية}, {@code السورية}), written
     * right after a definite noun, is that noun's adjective, no mention of the country: {@code الأندية السعودية},
     * {@code العاصمة السورية}; {@code في السعودية}, {@code وأعلنت السعودية} stay.
     */
    private boolean countryAdjective(AnalyzedText text, TextSpan s) {
        TokenSequence ts = text.tokens(s.field());
        int k = ts.tokenAt(s.start());
        if (k <= 0 || ts.start(k) != s.start() || ts.end(k) != s.end() || ts.kind(k) != TokenKind.ARABIC
                || ts.kind(k - 1) != TokenKind.ARABIC || ts.lineBreakBefore(k)) {
            return false;
        }
        String w = ts.text(k);
        String prev = ts.text(k - 1);
        if (!w.startsWith("ال") || !w.endsWith("ية") || !prev.startsWith("ال") || prev.length() < 4
                || TIME_WORDS.contains(ts.norm(k - 1))) {
            return false;
        }
        CatalogEntry e = catalog.find(w);
        return e != null && e.type() == EntityType.LOC && e.key().startsWith("country:");
    }

    private static int lastWordLength(String text) {
        return text.length() - text.lastIndexOf(' ') - 1;
    }

    private boolean nameOfItsOwn(String text) {
        List<String> words = NameKey.words(text);
        if (words.size() > 1 || catalog.find(text) != null) {
            return true;
        }
        for (String w : words) {
            if (transliterator.knows(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Candidates in order of field and start (equal starts in order of insertion), to find those overlapping a
     * span (spans may overlap each other) by binary search. A removed candidate keeps its place, marked.
     */
    private static final class SpanMap {
        private Candidate[] at;
        private boolean[] removed;
        private int size;
        private int longest;

        SpanMap(java.util.Collection<Candidate> cs) {
            at = cs.toArray(new Candidate[cs.size() + 4]);
            size = cs.size();
            removed = new boolean[at.length];
            // a stable sort: equal starts stay in the collection's order
            java.util.Arrays.sort(at, 0, size, IN_TEXT_ORDER);
            for (int i = 0; i < size; i++) {
                longest = Math.max(longest, at[i].span.length());
            }
        }

        void add(Candidate c) {
            int i = firstAfter(c.span.field(), c.span.start());
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
                removed = java.util.Arrays.copyOf(removed, size * 2);
            }
            System.arraycopy(at, i, at, i + 1, size - i);
            System.arraycopy(removed, i, removed, i + 1, size - i);
            at[i] = c;
            removed[i] = false;
            size++;
            longest = Math.max(longest, c.span.length());
        }

        void remove(Candidate c) {
            for (int i = firstFrom(c.span.field(), c.span.start()); i < size && at[i].span.field() == c.span.field()
                    && at[i].span.start() == c.span.start(); i++) {
                if (at[i] == c && !removed[i]) {
                    removed[i] = true;
                    return;
                }
            }
        }

        List<Candidate> overlapping(TextSpan s) {
            List<Candidate> out = List.of();
            // a span overlapping s starts before s ends and at most `longest` before s starts
            for (int i = firstFrom(s.field(), s.start() - longest); i < size; i++) {
                Candidate c = at[i];
                if (c.span.field() != s.field() || c.span.start() >= s.end()) {
                    break;
                }
                if (!removed[i] && c.span.overlaps(s)) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>(2);
                    }
                    out.add(c);
                }
            }
            return out;
        }

        /** The first place whose candidate is in a later field, or starts at or after {@code start}. */
        private int firstFrom(Field f, int start) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                TextSpan m = at[mid].span;
                if (m.field().compareTo(f) < 0 || m.field() == f && m.start() < start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The first place whose candidate is in a later field, or starts after {@code start}. */
        private int firstAfter(Field f, int start) {
            return firstFrom(f, start + 1);
        }
    }


    /**
     * Two one-word names joined by و are two people ({@code نيمار وجيرود}), unless the second word is a
     * known first name or ends in one ({@code محمد وليد}).
     */
    private List<EntityMention> splitCoordinatedPersons(List<EntityMention> mentions) {
        List<EntityMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            List<EntityMention> parts = m.type() == EntityType.PERS ? coordinatedParts(m) : null;
            if (parts != null && out == null) {
                out = new ArrayList<>(mentions.subList(0, i));
            }
            if (out != null) {
                if (parts != null) {
                    out.addAll(parts);
                } else {
                    out.add(m);
                }
            }
        }
        return out == null ? mentions : out;
    }

    private List<EntityMention> coordinatedParts(EntityMention m) {
        String t = m.span().text();
        int sp = t.indexOf(' ');
        if (sp <= 0 || t.indexOf(' ', sp + 1) >= 0 || sp + 1 >= t.length() || t.charAt(sp + 1) != 'و') {
            return null;
        }
        List<String> w = NameKey.words(t);
        if (w.size() != 2 || w.get(1).length() < 4 || w.get(0).length() < 3) {
            return null;
        }
        String second = w.get(1);
        String bare = second.substring(1);
        // a foreign W-name keeps its و: وولف, وارمبير, وليامس, ويلسون, وهيتكر
        if ("اويله".indexOf(bare.charAt(0)) >= 0) {
            return null;
        }
        if (transliterator.knows(second) || transliterator.knows(bare) || transliterator.knows(w.get(0)) && !transliterator.knows(bare)
                || catalog.find(t) != null) {
            return null;
        }
        TextSpan s = m.span();
        int start2 = s.start() + sp + 1;
        return List.of(
                new EntityMention(new TextSpan(s.field(), s.start(), s.start() + sp, t.substring(0, sp)), m.type()),
                new EntityMention(new TextSpan(s.field(), start2, s.end(), t.substring(sp + 1)), m.type()));
    }

    /** Whether a name is an exercise's name or whole words of one. */
    private static boolean partOfEvent(String loose, Set<String> eventNames) {
        for (String e : eventNames) {
            if (e.equals(loose) || (" " + e + " ").contains(" " + loose + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code next} is joined by و right after {@code prev}, with only spaces between. */
    private static boolean coordinatedAfter(String src, TextSpan prev, TextSpan next) {
        if (prev.field() != next.field() || next.start() < prev.end() || next.start() - prev.end() > 3) {
            return false;
        }
        String between = src.substring(prev.end(), next.start());
        String t = next.text();
        return between.isBlank() && t.startsWith("و") || between.strip().equals("و");
    }

    /** {@code قناة CNN}, {@code حركة حماس}: the tagged span is one generic head before the catalog's name. */
    private static boolean kindOf(Candidate t, TextSpan s) {
        if (!t.span.contains(s) || t.span.end() != s.end() || s.start() <= t.span.start()) {
            return false;
        }
        List<String> rest = NameKey.words(t.span.text().substring(0, s.start() - t.span.start()));
        // a kind of place is no kind of outlet: منطقة الجزيرة is a region, not the channel
        return rest.size() == 1 && GENERIC_HEADS.contains(NameKey.withoutArticle(rest.get(0)))
                && !PLACE_KINDS.contains(NameKey.withoutArticle(rest.get(0)))
                && Chars.isSpace(t.span.text().charAt(s.start() - t.span.start() - 1));
    }

    /**
     * A catalog organization inside a longer tagged span that only sits beside something else: a place
     * after a joined ب ({@code الجوهرة أف أم بسيدي بوزيد}, {@code البنك الدولي بتونس}) or words before a
     * clitic joined to the name ({@code ببن قردان للجوهرة أف أم}); also two places in one span
     * ({@code السعودية لقطر}, and in a tagged place ({@code tPlace}) side by side: {@code إسرائيل الجولان}).
     * Returns where the span is cut (the start of the glued word, or the span's start when only the catalog
     * names remain), or -1.
     */
    private int beside(String src, TextSpan t, TextSpan s, boolean tPlace) {
        if (s.start() > t.start() && Chars.isArabicLetter(src.charAt(s.start() - 1))) {
            int k = s.start();
            while (k > t.start() && Chars.isArabicLetter(src.charAt(k - 1))) {
                k--;
            }
            String glued = src.substring(k, s.start());
            int from = t.start();
            while (from > 0 && Chars.isArabicLetter(src.charAt(from - 1))) {
                from--; // the whole first word: the span may start after a clitic (لل|جنة)
            }
            List<String> before = NameKey.words(src.substring(from, k));
            // اللجنة الدولية للصليب الأحمر, الاتحاد الدولي لكرة القدم: an institution "of" the name is one name
            boolean institution = !before.isEmpty() && (INSTITUTION_KINDS.contains(NameKey.withoutArticle(before.get(0)))
                    || before.get(0).startsWith("لل") && (INSTITUTION_KINDS.contains(before.get(0).substring(2))
                    || INSTITUTION_KINDS.contains("ل" + before.get(0).substring(2))));
            if (k > t.start() && !glued.isEmpty() && glued.chars().allMatch(ch -> ch == 'ل' || ch == 'ب') && !institution) {
                return k;
            }
        }
        if (s.end() < t.end()) {
            List<String> tail = NameKey.words(src.substring(s.end(), t.end()));
            if (tail.isEmpty()) {
                return -1;
            }
            if (tPlace && s.start() == t.start() && twoPlaces(src, t, s)) {
                return t.start(); // إسرائيل الجولان, لندن موسكو: two places side by side, each the catalog's
            }
            String place;
            // not في: السفارة الفرنسية في طاجيكستان, جامعة كاليفورنيا في لوس أنجليس are names
            if (tail.get(0).startsWith("ب") && tail.get(0).length() > 3) {
                place = tail.get(0).substring(1) + (tail.size() > 1 ? " " + String.join(" ", tail.subList(1, tail.size())) : "");
            } else {
                return -1;
            }
            CatalogEntry e = catalog.find(place);
            return e != null && e.type() == EntityType.LOC ? t.start() : -1;
        }
        return -1;
    }

    /**
     * A tagged place the catalog does not know that is two catalog places with only a space between
     * ({@code إسرائيل الجولان}, {@code الولايات المتحدة الصين}); a country adjective after a place
     * ({@code عفرين السورية}) is no second place.
     */
    private boolean twoPlaces(String src, TextSpan t, TextSpan s) {
        int k = s.end();
        while (k < t.end() && src.charAt(k) == ' ') {
            k++;
        }
        if (k == s.end() || k >= t.end() || catalog.find(src, t.start(), t.end()) != null) {
            return false;
        }
        CatalogEntry first = catalog.find(src, s.start(), s.end());
        CatalogEntry second = catalog.find(src, k, t.end());
        return first != null && second != null && first.type() == EntityType.LOC && second.type() == EntityType.LOC
                && first != second && !catalog.isNisba(ArabicNormalizer.normalize(src.substring(k, t.end())));
    }

    /** The part of a tagged span before {@code cut}, cleaned like a tagged span; null when no word is left. */
    private Candidate prefix(AnalyzedText text, Candidate t, int cut, StandaloneWords standalone) {
        String src = text.field(t.span.field());
        int end = cut;
        while (end > t.span.start() && !isNameChar(src.charAt(end - 1))) {
            end--;
        }
        if (end <= t.span.start()) {
            return null;
        }
        TextSpan span = new TextSpan(t.span.field(), t.span.start(), end, src.substring(t.span.start(), end));
        Candidate c = clean(text, new EntityMention(span, t.type), standalone, false);
        if (c == null || notAnEntity(c)) {
            return null;
        }
        // the tagger's type was for the whole span: the part votes like an untagged mention
        return new Candidate(c.span, c.type, c.words, c.entry, c.articleSwallowed, false);
    }

    /** {@code موقع فيسبوك}: the tagged span is a kind of platform and the catalog's name. */
    private static boolean platformOf(Candidate t, TextSpan s) {
        List<String> rest = NameKey.words(t.span.text().substring(0, Math.max(0, s.start() - t.span.start())));
        return t.span.end() == s.end() && rest.size() == 1 && PLATFORM_KINDS.contains(NameKey.withoutArticle(rest.get(0)));
    }

    /**
     * The clitic reading of a name's first word to take before any other: one that makes a name the catalog
     * knows, else one the article writes on its own, unless the article also writes the reading with the
     * article or that word is itself ل + a common noun ({@code لنادي}); null for none. لليفربول is
     * ل + ليفربول, not لل + يفربول.
     */
    private Clitics.Reading preferredReading(List<String> words, Clitics.Reading[] readings, StandaloneWords standalone) {
        String first = words.get(0);
        Clitics.Reading written = null;
        boolean definiteWritten = false;
        for (Clitics.Reading r : readings) {
            String w = r.word();
            if (catalog.find(withFirst(words, w)) != null) {
                return r;
            }
            if (!standalone.contains(w)) {
                continue;
            }
            definiteWritten |= w.startsWith("ال") && !first.startsWith("ال");
            if (written == null && w.length() >= 3 && !(w.startsWith("ل") && commonWords.contains(w.substring(1)))) {
                written = r;
            }
        }
        return definiteWritten ? null : written;
    }

    /** The words of a name, its first word replaced, joined by spaces as the catalog looks names up. */
    private static String withFirst(List<String> words, String first) {
        StringBuilder b = new StringBuilder(first);
        for (int i = 1; i < words.size(); i++) {
            b.append(' ').append(words.get(i));
        }
        return b.toString();
    }

    private static List<String> words(String text, boolean swallowed) {
        List<String> w = new ArrayList<>(NameKey.words(text));
        if (swallowed && !w.isEmpty()) {
            w.set(0, "ال" + w.get(0));
        }
        return w;
    }

    /**
     * Normalized words that stand alone somewhere in the article (evidence for taking a clitic off). The
     * article's Arabic tokens are indexed by the hash codes of their normalized forms ({@link
     * TokenFilters.Marks#normalizedHash}, computed with the token filters), so a question compares the word
     * with the text of the few tokens of its hash, and no token needs a normalized string.
     */
    private static final class StandaloneWords {
        private final AnalyzedText text;
        private final TokenFilters.Marks marks;
        /** Per hash slot, the last token in it (an index into the arrays below), or -1; built at the first question. */
        private int[] heads;
        private int[] next;
        private int[] hashes;
        private Field[] fields;
        private int[] tokens;
        private int shift;

        StandaloneWords(AnalyzedText text, TokenFilters.Marks marks) {
            this.text = text;
            this.marks = marks;
        }

        boolean contains(String word) {
            if (heads == null) {
                index();
            }
            int h = word.hashCode();
            for (int k = heads[(h * 0x9E3779B9) >>> shift]; k >= 0; k = next[k]) {
                if (hashes[k] == h) {
                    TokenSequence ts = text.tokens(fields[k]);
                    if (ArabicNormalizer.equalsNormalized(ts.source(), ts.start(tokens[k]), ts.end(tokens[k]), word)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void index() {
            int n = 0;
            for (Field f : Field.values()) {
                n += text.tokens(f).size();
            }
            int cap = Integer.highestOneBit(Math.max(2, n)) << 1;
            shift = 32 - Integer.numberOfTrailingZeros(cap);
            heads = new int[cap];
            java.util.Arrays.fill(heads, -1);
            next = new int[n];
            hashes = new int[n];
            fields = new Field[n];
            tokens = new int[n];
            int k = 0;
            for (Field f : Field.values()) {
                TokenSequence ts = text.tokens(f);
                for (int i = 0; i < ts.size(); i++) {
                    if (ts.kind(i) == TokenKind.ARABIC) {
                        int h = marks.normalizedHash(f, i);
                        int slot = (h * 0x9E3779B9) >>> shift;
                        hashes[k] = h;
                        fields[k] = f;
                        tokens[k] = i;
                        next[k] = heads[slot];
                        heads[slot] = k;
                        k++;
                    }
                }
            }
        }
    }

    /** Whether only spaces separate a mention from the end of another name ({@code نيمار وجيرود}). */
    private static boolean afterAnotherName(AnalyzedText text, EntityMention m, Set<Long> nameEnds) {
        String src = text.field(m.span().field());
        int k = m.span().start();
        while (k > 0 && Character.isWhitespace(src.charAt(k - 1)) && src.charAt(k - 1) != '\n') {
            k--;
        }
        return k != m.span().start() && nameEnds.contains(position(m.span().field(), k));
    }

    private static long position(Field field, int offset) {
        return (long) field.ordinal() << 32 | offset;
    }

    /** Trims punctuation and a joined clitic off a tagged mention, and links it to the catalog. */
    private Candidate clean(AnalyzedText text, EntityMention m, StandaloneWords standalone, boolean coordinated) {
        TextSpan s = m.span();
        String src = text.field(s.field());
        int start = s.start();
        int end = s.end();
        while (start < end && !isNameChar(src.charAt(start))) {
            start++;
        }
        while (end > start && !isNameChar(src.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return null;
        }
        String surface = src.substring(start, end);
        List<String> words = NameKey.words(surface);
        if (words.isEmpty()) {
            return null;
        }
        boolean swallowed = false;
        CatalogEntry entry = catalog.find(surface);
        if (entry == null && Chars.isArabicLetter(src.charAt(start))) {
            String first = words.get(0);
            Clitics.Reading[] readings = Clitics.readings(first);
            Clitics.Reading preferred = preferredReading(words, readings, standalone);
            for (Clitics.Reading r : preferred != null ? new Clitics.Reading[] {preferred} : readings) {
                CatalogEntry e2 = catalog.find(withFirst(words, r.word()));
                boolean beforeArticle = Clitics.beforeArticle(r, first);
                boolean evidence = e2 != null || beforeArticle
                        || r.word().length() >= 3 && (standalone.contains(r.word()) || knownWord(r.word()))
                        || coordinated && r.skip() == 1 && first.startsWith("و") && r.word().length() >= 3;
                if (evidence) {
                    swallowed = beforeArticle && !first.startsWith(r.word(), r.skip());
                    start = Clitics.offsetAfterLetters(src, start, end, r.skip());
                    List<String> rest = new ArrayList<>(words);
                    rest.set(0, r.word());
                    words = rest;
                    entry = e2;
                    break;
                }
            }
        }
        TextSpan span = new TextSpan(s.field(), start, end, src.substring(start, end));
        EntityType type = entry != null ? entry.type() : m.type();
        return new Candidate(span, type, words, entry, swallowed, true);
    }

    /** A word known to start names: a generic head, a title, a frequent first name. */
    private boolean knownWord(String w) {
        return GENERIC_HEADS.contains(w) || TitleWords.isHead(w) || transliterator.knows(w);
    }

    private static boolean isNameChar(char c) {
        return Chars.isArabicLetter(c) || Chars.isLatinLetter(c) || Chars.isDigit(c);
    }

    /** Nationality adjectives and bare titles are no entities. */
    private boolean notAnEntity(Candidate c) {
        if (c.entry != null) {
            return false;
        }
        String first = c.words.get(0);
        if (c.words.size() == 1) {
            // a lone definite word the catalog does not know is a common noun far more often than a name
            return catalog.isNisba(first) || TitleWords.isHead(first) || first.length() < 2;
        }
        // a job title (مستشار الأمن القومي), people by nationality (مواطنان أمريكيان)
        String lastWord = c.words.get(c.words.size() - 1);
        return c.type != EntityType.PERS && TitleWords.isHead(first)
                || catalog.isNisba(lastWord) && (lastWord.endsWith("ان") || lastWord.endsWith("ون") || lastWord.endsWith("ين"));
    }

    // ---------------------------------------------------------------- grouping

    /** Union-find over candidates. */
    static final class Groups {
        final int[] parent;

        Groups(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                // the earlier mention stays the root, so ids follow text order
                if (ra < rb) {
                    parent[rb] = ra;
                } else {
                    parent[ra] = rb;
                }
            }
        }
    }

    private void group(AnalyzedText text, List<Candidate> cs, Groups g) {
        int n = cs.size();
        // same catalog entry, or the same name up to spelling and the article
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byLoose = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = cs.get(i);
            if (c.entry != null) {
                Integer j = byKey.putIfAbsent(c.entry.key(), i);
                if (j != null) {
                    g.union(j, i);
                }
            }
            Integer j = byLoose.get(c.loose);
            if (j != null && compatible(cs.get(j), c)) {
                g.union(j, i);
            } else if (j == null) {
                byLoose.put(c.loose, i);
            }
        }
        // one name in two spellings
        WordIndex singles = new WordIndex();
        boolean knownPlaces = false;
        for (int i = 0; i < n; i++) {
            Candidate c = cs.get(i);
            if (c.words.size() == 1 && (c.entry == null || c.type == EntityType.LOC)) {
                singles.add(c.loose, i);
                knownPlaces |= c.entry != null;
            }
        }
        for (int i = 0; i < n; i++) {
            Candidate a = cs.get(i);
            if (a.words.size() != 1 || a.entry != null) {
                continue;
            }
            for (int j : singles.vowelApart(a.loose, i)) {
                Candidate b = cs.get(j);
                if (b.words.size() == 1 && b.type == a.type && b.entry == null && g.find(i) != g.find(j)
                        && oneVowelApart(a.loose, b.loose) && !transliterator.knows(a.words.get(0))
                        && !transliterator.knows(b.words.get(0))) {
                    g.union(i, j);
                }
            }
        }
        // a place of the catalog misspelt one long vowel apart: كازخستان / كازاخستان, بروكسيل / بروكسل
        for (int i = 0; knownPlaces && i < n; i++) {
            Candidate a = cs.get(i);
            if (a.words.size() != 1 || a.entry != null || a.type != EntityType.LOC || transliterator.knows(a.words.get(0))) {
                continue;
            }
            for (int j : singles.sameOrVowelApart(a.loose)) {
                Candidate b = cs.get(j);
                // not a vowel at the end (مكسيكو is Mexico City, ميلانو the city of the club ميلان), nor the ي of an
                // adjective in the accusative (سويسريا, كوبيا: Swiss, Cuban)
                if (b.entry != null && oneVowelApart(a.loose, b.loose)
                        && a.loose.charAt(a.loose.length() - 1) == b.loose.charAt(b.loose.length() - 1)
                        && !(a.loose.endsWith("يا") && !b.loose.endsWith("يا"))) {
                    if (g.find(i) != g.find(j)) {
                        g.union(j, i);
                    }
                    a.misspelt = true;
                    break;
                }
            }
        }
        // a name of several words in two spellings, one word a long vowel apart: جاكلين كينيدي / جاكلين كنيدي
        Map<String, Integer> bySkeleton = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = cs.get(i);
            if (c.looseWords.size() < 2) {
                continue;
            }
            Integer j = bySkeleton.putIfAbsent(c.type + withoutLongVowels(c.loose), i);
            if (j != null && g.find(i) != g.find(j) && compatible(cs.get(j), c) && oneWordOneVowelApart(cs.get(j), c)) {
                g.union(j, i);
            }
        }
        // an acronym beside its long form: حلف شمال الأطلسي “ناتو”, الاتحاد الدولي لكرة القدم (فيفا)
        for (int i = 0; i + 1 < n; i++) {
            Candidate a = cs.get(i);
            Candidate b = cs.get(i + 1);
            if (a.span.field() == b.span.field() && b.type == a.type && compatible(a, b)
                    && apposed(text.field(a.span.field()), a.span.end(), b.span.start()) && shortBesideLong(a, b)
                    && !(loneKind(a) && kindOfAnotherName(cs, g, i, b)) && !(a.quotedName && !loneKind(b)) && !(b.quotedName && !loneKind(a))) {
                // a name quoted after its kind is whole: "بديل" الإخباري is an adjective, "لافارج" داعش two bodies
                g.union(i, i + 1);
            }
        }
        // Latin acronyms and their Arabic letter names: CNN and سي إن إن
        Map<String, Integer> latinAcronyms = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String t = cs.get(i).span.text();
            if (t.length() >= 2 && t.length() <= 6 && capitalsOnly(t)) {
                latinAcronyms.putIfAbsent(t, i);
            }
        }
        if (!latinAcronyms.isEmpty()) {
            for (int i = 0; i < n; i++) {
                for (Map.Entry<String, Integer> a : latinAcronyms.entrySet()) {
                    if (LetterNames.spells(cs.get(i).words, a.getKey()) && compatible(cs.get(a.getValue()), cs.get(i))) {
                        g.union(a.getValue(), i);
                    }
                }
            }
        }
        // short forms: a surname or first name of a person, the start of a longer organization or place name
        int[] longest = new int[n];
        for (int i = 0; i < n; i++) {
            longest[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int r = g.find(i);
            if (cs.get(i).words.size() > cs.get(longest[r]).words.size()) {
                longest[r] = i;
            }
        }
        // a short form shares its first or last word with the long one (at the long one's start, second
        // word or end), or its one word is the long one's last word spelt one vowel apart
        WordIndex edges = new WordIndex();
        for (int j = 0; j < n; j++) {
            List<String> lw = cs.get(j).looseWords;
            if (lw.isEmpty()) {
                continue;
            }
            edges.add(lw.get(0), j);
            if (lw.size() > 1) {
                edges.add(lw.get(1), j);
            }
            edges.add(lw.get(lw.size() - 1), j);
        }
        for (int i = 0; i < n; i++) {
            Candidate s = cs.get(i);
            if (cs.get(longest[g.find(i)]).words.size() > s.words.size()) {
                continue;
            }
            int best = -1;
            int bestScore = Integer.MIN_VALUE;
            List<String> sw = s.looseWords;
            int[] partners = sw.isEmpty() ? java.util.stream.IntStream.range(0, n).toArray()
                    : sw.size() == 1
                    ? edges.sameOrVowelApart(sw.get(0))
                    : edges.either(sw.get(0), sw.get(sw.size() - 1));
            for (int j : partners) {
                Candidate l = cs.get(j);
                if (l.words.size() <= s.words.size() || !compatible(s, l) || g.find(i) == g.find(j)
                        || !nested(cs.get(longest[g.find(j)]), l)) {
                    continue;
                }
                int score = shortFormScore(s, l);
                if (score == Integer.MIN_VALUE) {
                    continue;
                }
                // the nearest full form before the short one, else the first after it
                int distance = l.span.field() != s.span.field() ? 1000
                        : (l.span.start() < s.span.start() ? 0 : 500) + Math.abs(s.span.start() - l.span.start()) / 100;
                score = score * 10_000 - Math.min(distance, 9_999);
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            if (best >= 0) {
                int keep = cs.get(longest[g.find(best)]).words.size() >= cs.get(longest[g.find(i)]).words.size()
                        ? longest[g.find(best)] : longest[g.find(i)];
                g.union(best, i);
                longest[g.find(i)] = keep;
            }
        }
    }

    private static boolean capitalsOnly(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < 'A' || t.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Candidate indices by word, and by the word with one long vowel left out, so that grouping looks only
     * at candidates that can match instead of at every pair: an article of 30,000 names stays linear. Words
     * are kept as their hash codes ({@link String#hashCode}; those of the shorter words computed from the
     * word's, with no string built), so a query may also return indices whose word only shares a hash with
     * the one asked for: callers check each pair. Built first, then asked.
     */
    static final class WordIndex {
        /** {@code hash << 32 | index} of each word added, sorted at the first query. */
        private long[] exact = new long[16];
        private int exactSize;
        /** The same for each of the words without one long vowel. */
        private long[] vowelLess = new long[16];
        private int vowelLessSize;
        private boolean sorted;
        /** Where a query gathers its indices before they are sorted. */
        private final Postings found = new Postings();
        /** Scratch of {@link #vowelDeletions}. */
        private int[] deletions = new int[16];
        private int[] prefixes = new int[16];

        void add(String word, int i) {
            if (exactSize == exact.length) {
                exact = java.util.Arrays.copyOf(exact, exactSize * 2);
            }
            exact[exactSize++] = entry(word.hashCode(), i);
            int d = vowelDeletions(word);
            if (vowelLessSize + d > vowelLess.length) {
                vowelLess = java.util.Arrays.copyOf(vowelLess, Math.max(vowelLessSize * 2, vowelLessSize + d));
            }
            for (int k = 0; k < d; k++) {
                vowelLess[vowelLessSize++] = entry(deletions[k], i);
            }
            sorted = false;
        }

        private static long entry(int hash, int i) {
            return (long) hash << 32 | i;
        }

        /** Indices above {@code after} whose word may be {@code word} spelt one vowel longer or shorter. */
        int[] vowelApart(String word, int after) {
            found.clear();
            find(vowelLess, vowelLessSize, word.hashCode());
            findDeletions(word);
            return found.sortedDistinctAbove(after);
        }

        /** Indices, ascending, with {@code word} itself or spelt one vowel apart. */
        int[] sameOrVowelApart(String word) {
            found.clear();
            find(exact, exactSize, word.hashCode());
            find(vowelLess, vowelLessSize, word.hashCode());
            findDeletions(word);
            return found.sortedDistinctAbove(-1);
        }

        /** Indices, ascending, with either word. */
        int[] either(String a, String b) {
            found.clear();
            find(exact, exactSize, a.hashCode());
            find(exact, exactSize, b.hashCode());
            return found.sortedDistinctAbove(-1);
        }

        private void findDeletions(String word) {
            int d = vowelDeletions(word);
            for (int k = 0; k < d; k++) {
                find(exact, exactSize, deletions[k]);
            }
        }

        /** Adds the indices of the entries with this hash. */
        private void find(long[] entries, int size, int hash) {
            if (!sorted) {
                java.util.Arrays.sort(exact, 0, exactSize);
                java.util.Arrays.sort(vowelLess, 0, vowelLessSize);
                sorted = true;
            }
            long from = (long) hash << 32;
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (entries[mid] < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < size && (int) (entries[k] >>> 32) == hash; k++) {
                found.add((int) entries[k]);
            }
        }

        /**
         * Into {@link #deletions}, the hash codes of the word without one of its long-vowel letters after the
         * first letter (as {@link #oneVowelApart} allows); returns how many. Without char {@code k}, the hash is
         * that of the chars before it, shifted by the n - 1 - k chars after it, plus theirs.
         */
        private int vowelDeletions(String word) {
            int n = word.length();
            if (n < 5) {
                return 0; // oneVowelApart leaves such words alone: neither they nor one letter less are its pairs
            }
            if (prefixes.length <= n) {
                prefixes = new int[n + 1];
                deletions = new int[n];
            }
            int[] prefix = prefixes; // prefix[k]: the hash of the first k chars
            for (int k = 0; k < n; k++) {
                prefix[k + 1] = 31 * prefix[k] + word.charAt(k);
            }
            int hash = prefix[n];
            int d = 0;
            int pow = 1; // 31^(n - 1 - k)
            for (int k = n - 1; k >= 1; k--) {
                char ch = word.charAt(k);
                if (ch == 'ا' || ch == 'و' || ch == 'ي') {
                    int after = hash - prefix[k + 1] * pow;
                    deletions[d++] = prefix[k] * pow + after;
                }
                pow *= 31;
            }
            return d;
        }

        /** A growing list of candidate indices. */
        private static final class Postings {
            private int[] values = new int[16];
            private int size;

            void add(int i) {
                if (size == values.length) {
                    values = java.util.Arrays.copyOf(values, size * 2);
                }
                values[size++] = i;
            }

            void clear() {
                size = 0;
            }

            int[] sortedDistinctAbove(int after) {
                java.util.Arrays.sort(values, 0, size);
                int n = 0;
                for (int k = 0; k < size; k++) {
                    int v = values[k];
                    if (v > after && (n == 0 || values[n - 1] != v)) {
                        values[n++] = v;
                    }
                }
                return java.util.Arrays.copyOf(values, n);
            }
        }
    }

    /** Whether the shorter name's words lie within the longer's: one full name per entity. */
    private static boolean nested(Candidate a, Candidate b) {
        List<String> x = a.looseWords;
        List<String> y = b.looseWords;
        if (x.size() < y.size()) {
            List<String> t = x;
            x = y;
            y = t;
        }
        return java.util.Collections.indexOfSubList(x, y) >= 0;
    }

    /** How well {@code s} reads as a short form of {@code l}; MIN_VALUE when it does not. */
    private static int shortFormScore(Candidate s, Candidate l) {
        List<String> sw = s.looseWords;
        List<String> lw = l.looseWords;
        int k = sw.size();
        if (l.type == EntityType.PERS) {
            if (s.type != EntityType.PERS && (s.entry != null || k > 1)) {
                return Integer.MIN_VALUE;
            }
            if (lw.subList(lw.size() - k, lw.size()).equals(sw)) {
                return 3;
            }
            if (k == 1 && oneVowelApart(sw.get(0), lw.get(lw.size() - 1))) {
                return 1;
            }
            if (lw.subList(0, k).equals(sw)) {
                return 2;
            }
            return Integer.MIN_VALUE;
        }
        if (l.type == EntityType.ORG && s.entry == null && l.entry == null && k == 1 && l.words.size() == 2
                && BUSINESS_KINDS.contains(NameKey.withoutArticle(l.words.get(0))) && lw.get(1).equals(sw.get(0))) {
            return 2; // "وكالة فيتش" … "وقالت فيتش": the name after a business's kind, however the tagger typed it
        }
        if (l.type == EntityType.ORG && l.entry == null && lw.size() == k + 1 && CLUB.equals(l.words.get(0))
                && lw.subList(1, lw.size()).equals(sw) && s.entry == null) {
            return 2; // "نادي تشيلسي" … "تشيلسي" however the tagger typed it; a catalog city joins in SportsClubs
        }
        if (s.type == EntityType.PERS || s.type != l.type && !(s.entry == null && l.entry == null)) {
            return Integer.MIN_VALUE;
        }
        if (s.entry != null && (l.entry == null || !l.entry.key().equals(s.entry.key()))) {
            return Integer.MIN_VALUE;
        }
        if (lw.subList(0, k).equals(sw)) {
            return 2;
        }
        if (GENERIC_HEADS.contains(NameKey.withoutArticle(l.words.get(0))) && lw.subList(1, lw.size()).equals(sw)) {
            return 2;
        }
        return Integer.MIN_VALUE;
    }

    /**
     * Two spellings of one foreign name that differ by one long-vowel letter ({@code تورنتو},
     * {@code تورونتو}; {@code وورل}, {@code وويرل}); short words are left alone.
     */
    static boolean oneVowelApart(String a, String b) {
        if (a.length() < b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if (a.length() != b.length() + 1 || a.length() < 5) {
            return false;
        }
        int i = 0;
        while (i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        char extra = a.charAt(i);
        return (extra == 'ا' || extra == 'و' || extra == 'ي') && i > 0 && a.substring(i + 1).equals(b.substring(i));
    }

    private static String withoutLongVowels(String loose) {
        StringBuilder sb = new StringBuilder(loose.length());
        for (int i = 0; i < loose.length(); i++) {
            char c = loose.charAt(i);
            if (c != 'ا' && c != 'و' && c != 'ي') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Two names of as many words, all the same but one word spelt with one more long vowel inside it (not
     * at its end: {@code سعيد} and {@code سعيدي} are two names), a word the name table does not know.
     */
    private boolean oneWordOneVowelApart(Candidate a, Candidate b) {
        List<String> x = a.looseWords;
        List<String> y = b.looseWords;
        if (x.size() != y.size()) {
            return false;
        }
        int differ = -1;
        for (int k = 0; k < x.size(); k++) {
            if (!x.get(k).equals(y.get(k))) {
                if (differ >= 0) {
                    return false;
                }
                differ = k;
            }
        }
        if (differ < 0) {
            return false;
        }
        String p = x.get(differ);
        String q = y.get(differ);
        String shorter = p.length() < q.length() ? p : q;
        return oneVowelApart(p, q) && !p.regionMatches(0, q, 0, shorter.length())
                && !transliterator.knows(p) && !transliterator.knows(q);
    }

    /**
     * Whether the bare kind at {@code i} is already one entity with a name of several words other than
     * {@code name}: the same {@code حزب} before two parties' names ({@code حزب "الاتحاد الاجتماعي المسيحي"} …
     * {@code حزب "البديل من أجل ألمانيا"}) joins neither to the other.
     */
    private static boolean kindOfAnotherName(List<Candidate> cs, Groups g, int i, Candidate name) {
        int root = g.find(i);
        for (int j = 0; j < cs.size(); j++) {
            Candidate c = cs.get(j);
            if (c.words.size() > 1 && g.find(j) == root && !c.loose.equals(name.loose)) {
                return true;
            }
        }
        return false;
    }

    /** A kind of body or place alone ({@code حزب}, {@code المنظمة}), no catalog name. */
    private static boolean loneKind(Candidate c) {
        return c.words.size() == 1 && c.entry == null && GENERIC_HEADS.contains(c.looseWords.get(0));
    }

    /** {@code NameKey.loose(words)} from the words already without their article. */
    private static String joined(List<String> looseWords) {
        if (looseWords.size() == 1) {
            return looseWords.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (String w : looseWords) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    private static List<String> looseWordsOf(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(NameKey.withoutArticle(w));
        }
        return List.copyOf(out);
    }

    /** Two candidates may be one entity: not two different catalog entries. */
    private static boolean compatible(Candidate a, Candidate b) {
        return a.entry == null || b.entry == null || a.entry.key().equals(b.entry.key());
    }

    /**
     * An acronym, short form or synonym beside a name: one word, or a Latin name shorter than the other
     * ({@code “ناتو”}, {@code (CIA)}, {@code الكابيتول (الكونغرس)}); two longer names side by side in quotes
     * are two names ({@code للسجون والإصلاح "الجوهرة أف أم"}).
     */
    private static boolean shortBesideLong(Candidate a, Candidate b) {
        Candidate s = a.words.size() <= b.words.size() ? a : b;
        Candidate l = s == a ? b : a;
        return s.words.size() == 1 || s.words.size() < l.words.size() && Chars.isLatinLetter(s.span.text().charAt(0));
    }

    /** Only spaces, brackets and quotation marks between two mentions, and at least one of the marks. */
    private static boolean apposed(String src, int from, int to) {
        if (to <= from || to - from > 4) {
            return false;
        }
        boolean mark = false;
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c == '(' || c == ')' || c == '[' || Chars.isQuote(c)) {
                mark = true;
            } else if (!Chars.isSpace(c) || c == '\n') {
                return false;
            }
        }
        return mark;
    }

    // ---------------------------------------------------------------- entities

    private List<Entity> entities(AnalyzedText text, List<Candidate> cs, Groups g) {
        Map<Integer, List<Integer>> members = new java.util.TreeMap<>();
        for (int i = 0; i < cs.size(); i++) {
            members.computeIfAbsent(g.find(i), k -> new ArrayList<>()).add(i);
        }
        TitleFinder titles = new TitleFinder(text, commonWords);
        SpanIndex persons = new SpanIndex(cs.stream().map(c -> c.type == EntityType.PERS ? c.span : null).toList());
        List<Draft> drafts = new ArrayList<>();
        for (List<Integer> idx : members.values()) {
            if (!loneCommonNoun(cs, idx)) {
                drafts.add(draft(text, cs, idx, titles, persons));
            }
        }
        clubs.retype(text, drafts);
        new RoleResolver(text, cs, g).resolve(drafts);
        List<Entity> out = new ArrayList<>(drafts.size());
        int id = 1;
        for (Draft d : drafts) {
            out.add(new Entity("e" + id++, d.key, d.type, d.name, d.latin, List.copyOf(d.titles), d.gender, d.mentions));
        }
        return out;
    }

    /**
     * A lone definite word the catalog does not know, never part of a longer name in the article, is a
     * common noun far more often than a name ({@code البنكرياس}, {@code القصور}); so is a lone Arabic
     * word of three letters or fewer ({@code كرة}, {@code ذو}).
     */
    private boolean loneCommonNoun(List<Candidate> cs, List<Integer> idx) {
        for (int i : idx) {
            Candidate c = cs.get(i);
            String w = c.words.get(0);
            boolean shortWord = w.length() <= 3 && org.marsad.text.Chars.isArabicLetter(w.charAt(0));
            if (c.entry != null || c.quotedName || c.words.size() > 1 || c.articleSwallowed) {
                return false;
            }
            boolean unknownDefinite = w.startsWith("ال") && catalog.find(w.substring(2)) == null;
            if (!shortWord && !unknownDefinite && !commonWord(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word news text usually writes with the article ({@code كاثوليكي}, {@code غواصون}), or an
     * adjective in the accusative ({@code رئاسيا} of {@code رئاسي}): a common word, not a name.
     */
    private boolean commonWord(String w) {
        if (!Chars.isArabicLetter(w.charAt(0))) {
            return false;
        }
        String bare = NameKey.withoutArticle(w);
        if (transliterator.knows(w) || transliterator.knows(bare)) {
            return false; // صالح, قاسم: first names that are also words
        }
        if (commonWords.contains(bare)) {
            return true;
        }
        return bare.length() >= 5 && bare.endsWith("يا") && commonWords.contains(bare.substring(0, bare.length() - 1));
    }

    /** An entity being built. */
    static final class Draft {
        String key;
        EntityType type;
        String name;
        String latin;
        Gender gender;
        final LinkedHashSet<String> titles = new LinkedHashSet<>();
        List<TextSpan> mentions;
        List<Integer> members;
        /** Spans of the titles as found before the mentions, to tell roles used as names apart. */
        final List<TextSpan> titleSpans = new ArrayList<>();
    }

    /**
     * A bare surname the catalog links only by a learned or ambiguous name ({@code العلمي}) says less
     * than the full name the article gives ({@code مولاي حفيظ العلمي}): it does not decide the key.
     */
    private static boolean linkOnlyShortForm(Candidate c, List<Candidate> cs, List<Integer> idx) {
        String name = String.join(" ", c.words);
        for (CatalogEntry.Alias a : c.entry.aliases()) {
            if (a.recognize() && NameKey.of(a.text()).equals(name)) {
                return false;
            }
        }
        for (int j : idx) {
            Candidate o = cs.get(j);
            if (o.entry == null && o.words.size() > c.words.size()) {
                return true;
            }
        }
        return false;
    }


    /**
     * The type the words right before the mentions give a name the catalog does not know: {@code بلدة X}
     * is a place, {@code اللاعب X} a person, {@code شركة X} an organization (unless a mention starts with a
     * first name or follows a masculine speech verb). With no cue, or cues of two kinds, the tagger's vote stands.
     */
    private EntityType contextType(AnalyzedText text, List<Candidate> cs, List<Integer> idx, EntityType voted) {
        int place = 0;
        int person = 0;
        int organization = 0;
        int saidBy = 0;
        for (int i : idx) {
            Candidate c = cs.get(i);
            String src = text.field(c.span.field());
            if (c.words.size() > 1 && PLACE_CUES.contains(c.words.get(0))) {
                place++; // محافظة السويداء
                continue;
            }
            String prev = wordBefore(src, c.span.start());
            if (prev == null) {
                // صحيفة "ديلي ميل", منظمة "أوكسفام": a kind of body before the quoted name
                int q = c.span.start();
                while (q > 0 && src.charAt(q - 1) == ' ') {
                    q--;
                }
                if (q > 0 && Chars.isQuote(src.charAt(q - 1))) {
                    String kind = wordBefore(src, q - 1);
                    if (ORGANIZATION_CUES.contains(kind) || QUOTED_BODY_CUES.contains(kind)) {
                        organization++;
                    }
                }
                continue;
            }
            if (PLACE_CUES.contains(prev)) {
                place++;
            } else if (PERSON_CUES.contains(prev)) {
                person++;
            } else if (ORGANIZATION_CUES.contains(prev)) {
                organization++;
            } else if (TitleWords.verbGender(prev) == Gender.MALE) {
                saidBy++; // قال بيل غيتس: a body says in the feminine (قالت الشركة)
            }
        }
        if (place > 0 && person == 0 && organization == 0) {
            return EntityType.LOC;
        }
        if (person > 0 && place == 0 && organization == 0) {
            return EntityType.PERS;
        }
        if (organization > 0 && place == 0 && person == 0 && saidBy == 0 && !firstNameFirst(cs, idx)) {
            return EntityType.ORG;
        }
        return voted;
    }

    /**
     * Whether a mention of several words starts with a known first name: {@code شركة واينستاين} is named
     * after {@code هارفي واينستاين}, who stays a person, as {@code نادي محمد صلاح} is his club.
     */
    private boolean firstNameFirst(List<Candidate> cs, List<Integer> idx) {
        for (int i : idx) {
            Candidate c = cs.get(i);
            if (c.words.size() > 1 && transliterator.knows(c.words.get(0))) {
                return true;
            }
        }
        return false;
    }

    /** The normalized word right before {@code offset}, over spaces only; null at punctuation. */
    static String wordBefore(String src, int offset) {
        int k = offset;
        while (k > 0 && src.charAt(k - 1) == ' ') {
            k--;
        }
        int end = k;
        while (k > 0 && (Chars.isArabicLetter(src.charAt(k - 1)) || org.marsad.text.ArabicNormalizer.isDropped(src.charAt(k - 1)))) {
            k--;
        }
        if (k == end || end == offset) {
            return null;
        }
        return NameKey.of(src, k, end);
    }

    private Draft draft(AnalyzedText text, List<Candidate> cs, List<Integer> idx, TitleFinder titles, SpanIndex persons) {
        Draft d = new Draft();
        d.members = idx;
        CatalogEntry entry = null;
        EnumMap<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        Candidate fullest = null;
        List<TextSpan> spans = new ArrayList<>();
        for (int i : idx) {
            Candidate c = cs.get(i);
            if (c.entry != null && entry == null && !linkOnlyShortForm(c, cs, idx)) {
                entry = c.entry;
            }
            votes.merge(c.type, c.tagged ? 2 : 1, Integer::sum);
            // a catalog place's misspelling (كازخستان) names it only when nothing else does
            if (fullest == null || fullest.misspelt && !c.misspelt || c.misspelt == fullest.misspelt
                    && (c.words.size() > fullest.words.size()
                    || c.words.size() == fullest.words.size() && c.nameForm().length() > fullest.nameForm().length()
                    || c.words.size() == fullest.words.size() && c.span.field() == Field.TEXT && fullest.span.field() == Field.TITLE
                    && c.nameForm().length() == fullest.nameForm().length())) {
                fullest = c;
            }
            if (!spans.contains(c.span)) {
                spans.add(c.span);
            }
        }
        spans.sort(SPANS_IN_TEXT_ORDER);
        d.mentions = spans;
        d.name = fullest.nameForm();
        if (entry != null) {
            d.type = entry.type();
            d.key = entry.key();
            d.latin = entry.latin();
        } else {
            EntityType best = null;
            for (Map.Entry<EntityType, Integer> v : votes.entrySet()) {
                if (best == null || v.getValue() > votes.get(best)) {
                    best = v.getKey();
                }
            }
            if (fullest.type == EntityType.ORG && fullest.words.size() > 1
                    && GENERIC_HEADS.contains(NameKey.withoutArticle(fullest.words.get(0)))) {
                best = EntityType.ORG; // "وكالة فيتش" … "فيتش": the kind in the fullest name says what it is
            }
            d.type = contextType(text, cs, idx, best);
            d.key = d.type.name().toLowerCase(java.util.Locale.ROOT) + ":" + NameKey.of(d.name).replace(' ', '_');
            String english = d.type == EntityType.ORG ? institutions.english(NameKey.words(d.name)) : null;
            d.latin = english != null ? english : transliterator.toLatin(d.name);
        }
        Gender gender = entry == null ? Gender.UNKNOWN : entry.gender();
        if (d.type == EntityType.PERS) {
            int male = 0;
            int female = 0;
            for (int i : idx) {
                Candidate c = cs.get(i);
                TitleFinder.Found f = titles.before(c.span, offset -> persons.covering(c.span.field(), offset).length > 0);
                if (f.title() != null) {
                    d.titles.add(f.title());
                    d.titleSpans.add(f.span());
                }
                if (f.gender() == Gender.MALE) {
                    male++;
                } else if (f.gender() == Gender.FEMALE) {
                    female++;
                }
            }
            if (gender == Gender.UNKNOWN && male != female) {
                gender = female > male ? Gender.FEMALE : Gender.MALE;
            }
        }
        d.gender = d.type == EntityType.PERS ? gender : Gender.UNKNOWN;
        return d;
    }
}
