package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SpanIndex;
import org.marsad.text.TokenSequence;

/**
 * Repairs the edges of the tagger's spans before linking: function words and bare titles off the ends
 * ({@code على عزريا → عزريا}, {@code الرئيس ترامب → ترامب}), a country adjective off a known name
 * ({@code CNN الأمريكية → CNN}), hyphenated names made whole ({@code كيم أوي-كيوم}), a person's name
 * split in two joined again, a known first name making a person ({@code فيكتوريا نولاند}), and a
 * well-known person cut out of a span of another type ({@code مجلس الدوما فياتشيسلاف فولودين}).
 */
final class TaggedSpans {
    /** Words that never begin or end a name. */
    private static final FoldedWords EDGE_WORDS = folded(
            "على", "عن", "في", "من", "إلى", "الى", "مع", "بعد", "قبل", "حول", "لدى", "عند", "ضد", "نحو", "بين", "منذ",
            "حتى", "أن", "إن", "أنه", "إنه", "قد", "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي",
            "و", "أو", "ثم", "كما", "لكن", "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "وقال", "وقالت",
            "شقيق", "شقيقه", "شقيقته", "شقيقة", "أخت", "والد", "والدة", "والده", "والدته", "والدا", "والدي", "زوج", "زوجة", "زوجته", "نجل",
            "نجله", "أرملة", "سراح", "مقتل", "اغتيال", "وفاة", "رحيل", "لسان", "عائلة", "أسرة", "السيد", "السيدة",
            "يوم", "اليوم", "أمس", "عام", "العام", "رئيس", "رئيسا", "حاكم", "مؤسس", "لقاء", "وفي");

    /** Heads of institutions a name may follow: مجلس الاتحاد, هيئة الإذاعة. */
    private static final Set<String> INSTITUTIONS = words("مجلس", "وزاره", "هييه", "لجنه", "منظمه", "وكاله", "حزب",
            "حركه", "جماعه", "جامعه", "شركه", "موسسه", "اتحاد", "بنك", "صندوق", "محكمه", "تنظيم", "صحيفه", "قناه",
            "مجموعه", "جمعيه", "نادي", "فريق", "ائتلاف", "تحالف", "مركز", "معهد", "اذاعه", "شبكه", "مجله", "جريده",
            "موقع", "منصه", "فرقه");

    /**
     * Kinds of works, products and storms: a name in quotes after them is a title or a model
     * ({@code فيلم “نحبك هادي”}, {@code مدرعات “تايغر”}), whatever the tagger took it for; unquoted it may be
     * the maker's or owner's name ({@code فيلم أحمد حلمي}), except after a storm ({@code الإعصار ماريا}).
     */
    private static final Set<String> WORKS = words("فيلم", "مسلسل", "برنامج", "اغنيه", "البوم", "كتاب", "روايه",
            "مسرحيه", "قصيده", "لوحه", "مدرعات", "مدرعه", "دبابه", "دبابات", "صاروخ", "صواريخ", "منظومه", "طايره",
            "طايرات", "سياره", "جهاز", "تطبيق", "لعبه", "برديه", "عمليه", "حمله", "مبادره", "مهرجان", "اعصار", "عاصفه");
    private static final Set<String> STORMS = words("اعصار", "عاصفه");
    /** The kinds of works with and without the article, to pass over a word that names none. */
    private static final NameHashes WORK_FORMS = new NameHashes(NameKey.withOrWithoutArticle(WORKS));

    /** Kinds of business or publication a name may follow: مطعم X, دليل X, مصنع X. */
    private static final Set<String> BUSINESSES = words("دليل", "مطعم", "فندق", "مقهي", "متجر", "مصنع", "ماركه",
            "علامه", "مختبر", "مجمع", "دار");

    /** Before a word that looks like a first name they make it a noun: في عهد إنفانتينو. */
    private static final FoldedWords PREPOSITIONS = folded("في", "على", "عن", "من", "إلى", "منذ", "بعد", "قبل", "خلال",
            "حول", "مع", "ضد");

    /** Kinds of place written before a place's name: مقاطعة جيلين, كهوف ثام لوانغ. */
    private static final Set<String> PLACE_HEADS = normalized("مقاطعة", "ولاية", "مدينة", "منطقة", "محافظة", "إقليم",
            "قرية", "بلدة", "جزيرة", "جزر", "كهوف", "كهف", "ساحل", "نهر", "بحيرة", "جبل", "صحراء", "مخيم", "ضاحية",
            "حي", "مقاطعه", "ولايه", "مدينه", "منطقه", "محافظه", "قريه", "بلده", "جزيره", "بحيره", "ضاحيه");

    /**
     * Adjectives of political stance that news writes after an organization's name; the feminine
     * المعارضة and المحافظة are left out, they are also nouns (the opposition, a governorate).
     */
    private static final Set<String> STANCES = words("متطرف", "متطرفه", "متشدد", "متشدده", "يميني", "يمينيه", "يساري",
            "يساريه", "معارض", "حاكم", "حاكمه", "محظور", "محظوره", "منحل", "منحله");
    /**
     * Adjectives of a title that the tagger may take into the name after it: الرئيس الكوري الجنوبي مون,
     * الرئيس السابق, الزعيم الراحل. Ordinals are left alone: عبد الله الثاني.
     */
    private static final Set<String> TITLE_MODIFIERS = words("الجنوبي", "الشمالي", "الشرقي", "الغربي", "السابق",
            "الاسبق", "الحالي", "المؤقت", "المنتخب", "المخلوع", "الراحل", "المقبل", "الجديد", "المستقيل", "المكلف",
            "الجنوبيه", "الشماليه", "السابقه", "الحاليه", "الراحله", "الجديده", "المكلفه");

    /** Heads of parties and movements, after whose name a stance is written. */
    private static final Set<String> PARTIES = words("حزب", "حركه", "جبهه", "تيار", "جماعه", "ائتلاف", "تحالف");

    /** Adjectives that stand before a stance and go with it: القومي المتطرف, الإسلامي المتشدد. */
    private static final Set<String> SOFT_STANCES = words("قومي", "قوميه", "ديني", "دينيه", "اسلامي", "اسلاميه",
            "ليبرالي", "ليبراليه", "وسطي", "وسطيه", "محافظ");

    private final AliasCatalog catalog;
    private final Transliterator names;
    private final java.util.function.Predicate<String> possessed;
    private final org.marsad.quotes.CommonWords common;

    /** {@code possessed} tells a common noun with a possessive ending ({@code مراسلنا}) that opens no name. */
    TaggedSpans(AliasCatalog catalog, Transliterator names, java.util.function.Predicate<String> possessed,
                org.marsad.quotes.CommonWords common) {
        this.catalog = catalog;
        this.names = names;
        this.possessed = possessed;
        this.common = common;
    }

    /** Folded as {@link Transliterator#fold} does: ى stays apart from ي, so على is not the name علي. */
    private static FoldedWords folded(String... words) {
        return new FoldedWords(normalized(words));
    }

    /**
     * The words as a hash set: the JDK's immutable sets ({@code Set.of}) find a slot by division, and these
     * are asked about most tokens.
     */
    private static Set<String> words(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    private static Set<String> normalized(String... words) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String w : words) {
            s.add(Transliterator.fold(w));
        }
        return java.util.Collections.unmodifiableSet(s);
    }

    List<EntityMention> repair(AnalyzedText text, List<EntityMention> mentions, List<CatalogRecognizer.Match> known) {
        List<EntityMention> out = new ArrayList<>();
        SpanIndex knownPeople = new SpanIndex(known.stream()
                .map(k -> k.entry().type() == EntityType.PERS ? k.mention().span() : null).toList());
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.MISC) {
                if (!placeAfterHead(text, m)) {
                    continue;
                }
                m = new EntityMention(m.span(), EntityType.LOC);
            }
            for (EntityMention cut : cutOutPeople(text, m, known, knownPeople)) {
                for (EntityMention part : splitConjoined(text, cut)) {
                    EntityMention t = trim(text, part);
                    if (t != null) {
                        out.add(t);
                    }
                }
            }
        }
        out.sort((a, b) -> ArticleEntityLinker.SPANS_IN_TEXT_ORDER.compare(a.span(), b.span()));
        return joinNeighbours(text, out);
    }

    /** Kinds of place that make a following foreign word a place whatever its tag ({@code بمقاطعة جيلين}). */
    private static final Set<String> PLACE_KINDS = bothForms("مقاطعة", "ولاية", "مدينة", "محافظة", "إقليم", "قرية",
            "بلدة", "جزيرة");

    /** Folded as written (ة kept) and normalized (ة → ه), for words as written and clitic readings. */
    private static Set<String> bothForms(String... words) {
        java.util.HashSet<String> s = new java.util.HashSet<>(normalized(words));
        for (String w : words) {
            s.add(ArabicNormalizer.normalize(w));
        }
        return java.util.Collections.unmodifiableSet(s);
    }

    /**
     * A one-word MISC mention right after a kind of place is the place's name: the word is bare, no common
     * word (مقاطعة is also a boycott: مقاطعة المونديال) and no catalog name.
     */
    private boolean placeAfterHead(AnalyzedText text, EntityMention m) {
        Field f = m.span().field();
        TokenSequence ts = text.tokens(f);
        int k = ts.tokenAt(m.span().start());
        if (k <= 0 || ts.end(k) != m.span().end() || ts.kind(k) != org.marsad.model.TokenKind.ARABIC
                || ts.kind(k - 1) != org.marsad.model.TokenKind.ARABIC) {
            return false;
        }
        String w = ts.norm(k);
        if (w.startsWith("ال") || w.length() < 4 || common.contains(w) || catalog.find(w) != null || names.knows(w)) {
            return false;
        }
        String head = Transliterator.fold(ts.text(k - 1));
        if (PLACE_KINDS.contains(head)) {
            return true;
        }
        for (Clitics.Reading r : Clitics.readings(ts.norm(k - 1))) {
            if (PLACE_KINDS.contains(r.word())) {
                return true;
            }
        }
        return false;
    }

    /** A well-known person inside a span of another type is a mention of its own; the rest stays. */
    private static List<EntityMention> cutOutPeople(AnalyzedText text, EntityMention m, List<CatalogRecognizer.Match> known,
                                                    SpanIndex knownPeople) {
        if (m.type() == EntityType.PERS) {
            return List.of(m);
        }
        for (int i : knownPeople.startingIn(m.span().field(), m.span().start(), m.span().end() + 1)) {
            TextSpan s = known.get(i).mention().span();
            if (m.span().contains(s) && m.span().length() > s.length()) {
                List<EntityMention> parts = new ArrayList<>(2);
                addRest(text, m, m.span().start(), s.start(), parts);
                addRest(text, m, s.end(), m.span().end(), parts);
                return parts;
            }
        }
        return List.of(m);
    }

    /** Words after which a span of another type is over: وكالة الأنباء الفرنسية | إن الشرطة… */
    private static final FoldedWords CLAUSE_WORDS = folded("إن", "أن", "بأن", "إنه", "أنه", "قال", "وقال", "قالت",
            "وقالت", "أكد", "وأكد", "أعلن", "وأعلن", "الذي", "التي", "حيث");

    /**
     * Two names joined by و in one span are two mentions when one side is a catalog name
     * ({@code روسيا والولايات المتحدة}, {@code سول وواشنطن}); a span of another type ends at a clause word.
     */
    private List<EntityMention> splitConjoined(AnalyzedText text, EntityMention m) {
        Field f = m.span().field();
        TokenSequence ts = text.tokens(f);
        String src = text.field(f);
        int first = ts.firstTokenFrom(m.span().start());
        int end = ts.firstTokenFrom(m.span().end());
        if (m.type() != EntityType.PERS) {
            for (int k = first + 1; k < end; k++) {
                if (ts.kind(k) == org.marsad.model.TokenKind.ARABIC && CLAUSE_WORDS.contains(ts, k)) {
                    return List.of(new EntityMention(TextSpan.of(text.article(), f, m.span().start(), ts.end(k - 1)), m.type()));
                }
            }
        }
        if (m.type() != EntityType.PERS) {
            List<EntityMention> bodies = coordinatedInstitutions(text, m, ts, first, end);
            if (bodies != null) {
                // each body may still join a catalog name: الأمم المتحدة والولايات المتحدة | الاتحاد الأوروبي
                List<EntityMention> out = new ArrayList<>(bodies.size() + 1);
                for (EntityMention b : bodies) {
                    out.addAll(splitConjoined(text, b));
                }
                return out;
            }
        }
        for (int k = first + 1; k < end; k++) {
            String w = ts.norm(k);
            if (ts.kind(k) != org.marsad.model.TokenKind.ARABIC || !w.startsWith("و") || w.length() < 3) {
                continue;
            }
            int rightStart = Clitics.offsetAfterLetters(src, ts.start(k), ts.end(k), 1);
            if (catalog.find(src, m.span().start(), ts.end(k - 1)) != null || catalog.find(src, rightStart, m.span().end()) != null) {
                return List.of(new EntityMention(TextSpan.of(text.article(), f, m.span().start(), ts.end(k - 1)), m.type()),
                        new EntityMention(TextSpan.of(text.article(), f, rightStart, m.span().end()), m.type()));
            }
        }
        return List.of(m);
    }

    /** Heads of institutions that, after و inside a span, start an institution of their own. */
    private static final Set<String> COORDINATED_HEADS = words("وزاره", "هييه", "منظمه", "وكاله", "حزب", "حركه",
            "جامعه", "شركه", "موسسه", "اتحاد", "بنك", "صندوق", "محكمه", "مجلس", "لجنه", "جمعيه", "نقابه", "مكتب");

    /**
     * Institutions joined by و in one span are one mention each: {@code الهيئة العامة للجمارك والمؤسسة العامة
     * للموانئ ووزارة الطاقة}, {@code جامعة لندن وجامعة زوريخ}; null when no word of the span is و and such a
     * head. A name's own و joins no head ({@code وزارة التعليم العالي والبحث العلمي}).
     */
    private static List<EntityMention> coordinatedInstitutions(AnalyzedText text, EntityMention m, TokenSequence ts,
                                                               int first, int end) {
        List<EntityMention> parts = null;
        Field f = m.span().field();
        int from = m.span().start();
        for (int k = first + 1; k < end; k++) {
            String w = ts.norm(k);
            if (ts.kind(k) != org.marsad.model.TokenKind.ARABIC || w.length() < 4 || w.charAt(0) != 'و'
                    || ts.start(k) <= from || !COORDINATED_HEADS.contains(NameKey.withoutArticle(w.substring(1)))) {
                continue;
            }
            if (parts == null) {
                parts = new ArrayList<>(3);
            }
            parts.add(new EntityMention(TextSpan.of(text.article(), f, from, ts.end(k - 1)), m.type()));
            from = Clitics.offsetAfterLetters(ts.source(), ts.start(k), ts.end(k), 1);
        }
        if (parts != null) {
            parts.add(new EntityMention(TextSpan.of(text.article(), f, from, m.span().end()), m.type()));
        }
        return parts;
    }

    /**
     * What is left of a span around a person: kept when it has two words, or one word after the head
     * of an institution the tagger left out ({@code مجلس} + {@code الاتحاد}).
     */
    private static void addRest(AnalyzedText text, EntityMention m, int start, int end, List<EntityMention> parts) {
        Field f = m.span().field();
        String src = text.field(f);
        if (end <= start || NameKey.words(src.substring(start, end)).isEmpty()) {
            return;
        }
        if (NameKey.words(src.substring(start, end)).size() == 1) {
            TokenSequence ts = text.tokens(f);
            int k = ts.firstTokenFrom(start);
            if (k <= 0 || k >= ts.size() || !ts.kind(k - 1).isWord() || !INSTITUTIONS.contains(NameKey.withoutArticle(ts.norm(k - 1)))) {
                return;
            }
            start = ts.start(k - 1);
        }
        parts.add(new EntityMention(TextSpan.of(text.article(), f, start, end), m.type()));
    }

    private static final Set<String> GUESTS = ArabicNormalizer.normalizeAll("ضيف", "ضيفة");
    private static final Set<String> PROGRAMS = ArabicNormalizer.normalizeAll("برنامج", "حصة", "بلاتو", "استوديو");

    /**
     * {@code ضيف} ("guest") before a programme closes no name: {@code رياض الصيداوي ضيف برنامج "بوليتيكا"},
     * {@code مهدي البرصاوي ضيف "سينما سينما"}; {@code محمد ضيف} before anything else keeps his name.
     */
    private static boolean guestOf(TokenSequence ts, int k) {
        if (!GUESTS.contains(ts.norm(k)) || k + 1 >= ts.size() || ts.lineBreakBefore(k + 1)) {
            return false;
        }
        return ts.kind(k + 1) == org.marsad.model.TokenKind.QUOTE || ts.kind(k + 1).isWord() && PROGRAMS.contains(ts.norm(k + 1));
    }

    /** Words that say an age before a number: في عمر الـ 28, ابن الـ 23, ذو الـ 32. */
    private static final Set<String> AGE_WORDS = ArabicNormalizer.normalizeAll("عمر", "بعمر", "ابن", "ذو", "ذي", "سن");

    /** The article alone as written (ال, الـ), not the family word آل. */
    private static boolean bareArticle(String src, TokenSequence ts, int k) {
        int s = ts.start(k);
        int e = ts.end(k);
        while (e > s && src.charAt(e - 1) == 'ـ') {
            e--;
        }
        return e - s == 2 && src.charAt(s) == 'ا' && src.charAt(s + 1) == 'ل';
    }

    /** The span without edge words, with whole hyphenated words; null when nothing is left. */
    private EntityMention trim(AnalyzedText text, EntityMention m) {
        Field f = m.span().field();
        TokenSequence ts = text.tokens(f);
        int first = ts.firstTokenFrom(m.span().start());
        int tokAtStart = ts.tokenAt(m.span().start());
        if (tokAtStart >= 0) {
            first = tokAtStart;
        }
        int last = ts.firstTokenFrom(m.span().end()) - 1;
        int tokAtEnd = ts.tokenAt(m.span().end() - 1);
        if (tokAtEnd >= 0) {
            last = tokAtEnd;
        }
        if (first >= ts.size() || last < first) {
            return null;
        }
        String src = text.field(f);
        // a person's name neither opens nor closes on a number apart from it or after the article (24 عبد الله
        // ملكاوي, تييري هنري 51, صلاح الـ36); a number joined to a word is a name's (فرانس24)
        boolean person = m.type() == EntityType.PERS;
        while (first <= last && (!ts.kind(first).isWord() && (ts.kind(first) != org.marsad.model.TokenKind.NUMBER
                || person && first < last && ts.end(first) < ts.start(first + 1))
                || isEdge(ts, first) || person && first < last
                && (TitleWords.isHead(ts.norm(first)) || catalog.isNisba(ts.norm(first)) || titleComplement(ts, first)
                || possessed.test(ts.norm(first)) || TITLE_MODIFIERS.contains(ts.norm(first))))) {
            first++;
        }
        while (last >= first && (!ts.kind(last).isWord() && (ts.kind(last) != org.marsad.model.TokenKind.NUMBER
                || person && last > first && (ts.start(last) > ts.end(last - 1) || bareArticle(src, ts, last - 1)))
                || isEdge(ts, last) || person && last > first && (accusativeTitle(ts, last) || guestOf(ts, last)))) {
            last--;
        }
        // a person's name holds no preposition: رالف غوديل على تويتر
        if (person) {
            for (int k = first + 1; k < last; k++) {
                if (isEdge(ts, k)) {
                    last = k - 1;
                    break;
                }
            }
        }
        if (person && last > first && bareArticle(src, ts, last)) {
            // صلاح الـ36, في عمر الـ 28: the article of the number taken off above; an age is no name
            last--;
            if (AGE_WORDS.contains(ts.norm(last))) {
                return null;
            }
        }
        if (first > last) {
            return null;
        }
        if (person && (NOT_A_NAME.contains(ts, first) || asWritten(src, ts, first, PRONOUNS))) {
            return null; // "أنا سعيد بلقائك", "غير صالح": a clause the tagger read as a name
        }
        // a country adjective after a known name or a Latin name is no part of it: CNN الأمريكية
        if (last > first && catalog.isNisba(ts.norm(last))) {
            if (catalog.find(text.field(f), ts.start(first), ts.end(last - 1)) != null || ts.kind(last - 1) != org.marsad.model.TokenKind.ARABIC) {
                last--;
            }
        }
        if (last > first && m.type() != EntityType.PERS && definiteCountryAdjective(ts.norm(last)) && placeNameBefore(ts, first, last)
                && catalog.find(text.field(f), ts.start(first), ts.end(last)) == null && placeOrUnknown(text.field(f), ts, first, last - 1)) {
            last--;
        }
        // a stance after an organization's name is no part of it: حزب البيت اليهودي القومي المتطرف
        if (m.type() != EntityType.PERS) {
            int k = last;
            while (k > first && STANCES.contains(NameKey.withoutArticle(ts.norm(k)))) {
                k--;
            }
            if (k < last) {
                while (k > first && SOFT_STANCES.contains(NameKey.withoutArticle(ts.norm(k)))) {
                    k--;
                }
                if (k > first || catalog.find(text.field(f), ts.start(first), ts.end(k)) != null) {
                    last = k;
                }
            } else if (k - 2 > first && SOFT_STANCES.contains(NameKey.withoutArticle(ts.norm(k)))
                    && ts.norm(k).startsWith("ال") && PARTIES.contains(NameKey.withoutArticle(ts.norm(first)))) {
                // the tagger stopped before the stance: حزب البيت اليهودي القومي (المتطرف); a party of
                // two words keeps it (الحزب السوري القومي), other bodies too (لجنة الدفاع والأمن القومي)
                last = k - 1;
            }
        }
        // hyphenated words are one name: ألتونا-جونزتاون, جيه-إن
        while (last + 2 < ts.size() && isHyphen(ts, last + 1) && ts.end(last) == ts.start(last + 1)
                && ts.end(last + 1) == ts.start(last + 2) && ts.kind(last + 2).isWord()) {
            last += 2;
        }
        while (first >= 2 && isHyphen(ts, first - 1) && ts.end(first - 2) == ts.start(first - 1)
                && ts.end(first - 1) == ts.start(first) && ts.kind(first - 2).isWord()) {
            first -= 2;
        }
        if (person && first < last && godNameStart(ts, first)) {
            first--;
        }
        // a known first name right before a surname belongs to the name: أليك ميناسيان
        if (person && first == last && first > 0 && firstName(ts, first - 1)
                && !ts.lineBreakBefore(first) && (first < 2 || !PREPOSITIONS.contains(ts, first - 2))) {
            first--;
        }
        int start = Math.max(ts.start(first), first == ts.tokenAt(m.span().start()) ? m.span().start() : ts.start(first));
        int end = ts.end(last);
        if (start >= end) {
            return null;
        }
        if (start == ts.start(first) && conjunctionOnName(src, start, ts.end(first))) {
            start = Clitics.offsetAfterLetters(src, start, end, 1);
        }
        EntityType type = m.type();
        boolean known = catalog.find(src, start, end) != null;
        if (type == EntityType.PERS && afterInstitution(ts, first) && !firstName(ts, first)) {
            // شركة “هاي بيرسيشن سيستمز”
            type = EntityType.ORG;
        }
        if (type == EntityType.LOC && last == first + 1 && catalog.isNisba(ts.norm(last)) && !firstName(ts, first)
                && !PLACE_HEADS.contains(NameKey.withoutArticle(ts.norm(first))) && !known) {
            // الشأن الأوكراني: a topic, not a place
            return null;
        }
        if (afterWork(ts, first, last) && !known) {
            return null;
        }
        if (type != EntityType.PERS && quotedWithoutKind(ts, first, last, src) && !known) {
            // منظومة “غيبكا إس”, مدرعات “تايغر”: a name in quotes with no institution before it is a product or an operation
            return null;
        }
        // the kind of place before a name belongs to it: مقاطعة جيلين, ساحل باتيا
        if (first > 0 && start == ts.start(first) && ts.kind(first - 1) == org.marsad.model.TokenKind.ARABIC
                && !ts.lineBreakBefore(first) && !known
                && !cliticOnKnownName(ts.norm(first))) {
            String h = ts.norm(first - 1);
            int skip = PLACE_HEADS.contains(Transliterator.fold(ts.text(first - 1))) || PLACE_HEADS.contains(h) ? 0 : -1;
            if (skip < 0) {
                for (Clitics.Reading r : Clitics.readings(h)) {
                    if (PLACE_HEADS.contains(r.word())) {
                        skip = r.skip();
                        break;
                    }
                }
            }
            if (skip >= 0) {
                start = Clitics.offsetAfterLetters(src, ts.start(first - 1), ts.end(first - 1), skip);
                known = catalog.find(src, start, end) != null;
                type = EntityType.LOC;
            }
        }
        if (type != EntityType.PERS && last > first && firstName(ts, first) && !known) {
            type = EntityType.PERS;
        }
        return new EntityMention(new TextSpan(f, start, end, src.substring(start, end)), type);
    }

    /** A definite feminine adjective of a catalog country: الفلسطينية, and السورية though سورية is Syria too. */
    private boolean definiteCountryAdjective(String w) {
        if (!w.startsWith("ال") || !w.endsWith("يه")) {
            return false;
        }
        if (catalog.isNisba(w)) {
            return true;
        }
        CatalogEntry e = catalog.find(w.substring(2));
        return e != null && e.key().startsWith("country:");
    }

    /**
     * Whether tokens {@code [first, last)} name a place by its kind, the kind inside the span or right before
     * it ({@code منطقة عفرين}, {@code قرية خان الأحمر}): the country adjective after it says where the place
     * is ({@code منطقة عفرين السورية}) and is no part of its name.
     */
    private static boolean placeNameBefore(TokenSequence ts, int first, int last) {
        if (last > first + 1 && PLACE_HEADS.contains(NameKey.withoutArticle(ts.norm(first)))) {
            return true;
        }
        // the name in construct with the kind carries no preposition: مدينة بالمملكة العربية السعودية is none
        return first > 0 && ts.kind(first - 1) == org.marsad.model.TokenKind.ARABIC && !ts.lineBreakBefore(first)
                && PLACE_HEADS.contains(NameKey.withoutArticle(ts.norm(first - 1)))
                && !prepositionOnArticle(ts.norm(first));
    }

    /** The name is no catalog name of another type: منطقة الجزيرة السورية is not the channel الجزيرة. */
    private boolean placeOrUnknown(String src, TokenSequence ts, int first, int last) {
        CatalogEntry e = catalog.find(src, ts.start(first), ts.end(last));
        return e == null || e.type() == EntityType.LOC;
    }

    private static boolean prepositionOnArticle(String w) {
        return w.length() > 4 && (w.startsWith("بال") || w.startsWith("لل") || w.startsWith("وال") || w.startsWith("فال")
                || w.startsWith("كال"));
    }

    /**
     * Whether the word before token {@code first} (a quotation mark or a bracketed kind allowed:
     * {@code (مطعم) أوكريو}) names a kind of institution or business.
     */
    private static boolean afterInstitution(TokenSequence ts, int first) {
        int k = first - 1;
        boolean bracketed = k >= 2 && isChar(ts, k, ')') && isChar(ts, k - 2, '(');
        if (bracketed) {
            k--;
        } else if (k >= 0 && ts.kind(k) == org.marsad.model.TokenKind.QUOTE) {
            k--;
        }
        if (k < 0 || !ts.kind(k).isWord()) {
            return false;
        }
        String w = NameKey.withoutArticle(ts.norm(k));
        // a business only in construct with the name: مطعم X, not المصنع X (عمال المصنع خليفة …)
        if (INSTITUTIONS.contains(w) || !ts.norm(k).startsWith("ال") && BUSINESSES.contains(w)) {
            return true;
        }
        for (Clitics.Reading r : Clitics.readings(ts.norm(k))) {
            String b = NameKey.withoutArticle(r.word());
            if (INSTITUTIONS.contains(b) || !r.word().startsWith("ال") && BUSINESSES.contains(b)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens first..last sit alone inside quotation marks, not after an institution's kind (شركة “…”). */
    private static boolean quotedWithoutKind(TokenSequence ts, int first, int last, String src) {
        if (first < 1 || last + 1 >= ts.size() || ts.kind(first - 1) != org.marsad.model.TokenKind.QUOTE
                || ts.kind(last + 1) != org.marsad.model.TokenKind.QUOTE) {
            return false;
        }
        String own = NameKey.withoutArticle(ts.norm(first));
        if (last > first && (PLACE_HEADS.contains(own) || PLACE_HEADS.contains(ts.norm(first)) || INSTITUTIONS.contains(own))) {
            // “ساحل باتيا”: the kind is inside the quotes
            return false;
        }
        if (first >= 2 && ts.kind(first - 2).isWord()) {
            String before = NameKey.withoutArticle(ts.norm(first - 2));
            for (Clitics.Reading r : Clitics.readings(before)) {
                if (INSTITUTIONS.contains(NameKey.withoutArticle(r.word())) || PLACE_HEADS.contains(r.word())) {
                    return false;
                }
            }
            return !INSTITUTIONS.contains(before) && !PLACE_HEADS.contains(before) && !PLACE_HEADS.contains("ال" + before);
        }
        return true;
    }

    /** Whether tokens {@code first..last} are the title of a work, a product's model or a storm's name. */
    private static boolean afterWork(TokenSequence ts, int first, int last) {
        boolean quoted = first >= 2 && last + 1 < ts.size() && ts.kind(first - 1) == org.marsad.model.TokenKind.QUOTE
                && ts.kind(last + 1) == org.marsad.model.TokenKind.QUOTE;
        int k = quoted ? first - 2 : first - 1;
        if (k < 0 || !ts.kind(k).isWord() || !quoted && ts.lineBreakBefore(first)
                || !WORK_FORMS.mayHoldNormalizedOrReading(ts.source(), ts.start(k), ts.end(k))) {
            return false;
        }
        String w = Clitics.bareIn(ts.norm(k), WORKS);
        return w != null && (quoted || STORMS.contains(w));
    }

    /**
     * Whether the word at {@code [start, end)} is the conjunction و joined to a name: no name starts with و
     * and a hamza on alef ({@code وأرسنال}, {@code وإيمان}), and foreign names rarely with وو and a long
     * vowel ({@code وويليام}, {@code وواتفورد}), while ووكر, وودوارد keep their و. {@code وآل سعود} is و + آل.
     */
    static boolean conjunctionOnName(CharSequence src, int start, int end) {
        if (start >= end || src.charAt(start) != 'و') {
            return false;
        }
        char second = 0;
        char third = 0;
        int letters = 0;
        for (int i = start + 1; i < end; i++) {
            char c = src.charAt(i);
            if (ArabicNormalizer.isDropped(c)) {
                continue;
            }
            if (letters == 0) {
                second = c;
            } else if (letters == 1) {
                third = c;
            }
            letters++;
        }
        // وآل: the family word has two letters
        return letters >= 2 && (second == 'أ' || second == 'إ' || second == 'آ') || letters >= 3 && second == 'و' && (third == 'ا' || third == 'ي');
    }

    /** A word that is a catalog name with a clitic joined (بتايلاند): a preposition stands before it. */
    private boolean cliticOnKnownName(String w) {
        for (Clitics.Reading r : Clitics.readings(w)) {
            if (catalog.find(r.word()) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChar(TokenSequence ts, int k, char c) {
        return ts.end(k) - ts.start(k) == 1 && ts.firstChar(k) == c;
    }

    private static boolean isHyphen(TokenSequence ts, int k) {
        if (ts.end(k) - ts.start(k) != 1) {
            return false;
        }
        char c = ts.firstChar(k);
        return c == '-' || c == '‐' || c == '‑';
    }

    /** A person's name never opens with a personal pronoun, a negation or "also". */
    private static final FoldedWords NOT_A_NAME = folded("نحن", "أنتم", "ليس", "ليست", "غير", "أيضا", "أيضاً");
    /** As written: folded, أنا "I" is آنا (Anna) and أنت "you" is آنت. */
    private static final String[] PRONOUNS = {"أنا", "أنت"};

    /** Letter for letter, diacritics too: أنَّا (Anna, with shadda) is no أنا. */
    private static boolean asWritten(String src, TokenSequence ts, int k, String[] words) {
        int s = ts.start(k);
        int len = ts.end(k) - s;
        for (String c : words) {
            if (len == c.length() && src.regionMatches(s, c, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEdge(TokenSequence ts, int k) {
        return ts.kind(k) == org.marsad.model.TokenKind.ARABIC && (EDGE_WORDS.contains(ts, k)
                || ACCORDING_TO.contains(ts, k) && !(k + 1 < ts.size() && ts.norm(k + 1).equals("الله"))
                || clauseOpener(ts, k));
    }

    /**
     * {@code إن} and {@code أن} with a joined particle ({@code فإن راموس}, {@code بأن ترامب}, {@code لأن الباجي})
     * open a clause, never begin, end or split a name (… {@code موغيريني بأن السياق}); only as written with the
     * hamza (diacritics aside), since folded {@code فإن} is {@code فان} (Van Dijk) and {@code بأن} is {@code بان}
     * (Ban Ki-moon).
     */
    private static final String[] CLAUSE_OPENERS = {"فإن", "وإن", "بأن", "وبأن", "لأن", "ولأن", "وأن", "فأن"};

    private static boolean clauseOpener(TokenSequence ts, int k) {
        String src = ts.source();
        for (String w : CLAUSE_OPENERS) {
            int j = 0;
            for (int i = ts.start(k); i < ts.end(k); i++) {
                char c = src.charAt(i);
                if (ArabicNormalizer.isDropped(c)) {
                    continue;
                }
                if (j == w.length() || w.charAt(j) != c) {
                    j = -1;
                    break;
                }
                j++;
            }
            if (j == w.length()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title head in the accusative after a name says what the person was made or came as
     * ({@code تعيين هادي يوسف مديرا}, {@code سفيرا}, {@code مدربا}): no part of the name. A word the name
     * table knows stays.
     */
    private boolean accusativeTitle(TokenSequence ts, int k) {
        String w = ts.norm(k);
        return w.length() >= 4 && w.charAt(w.length() - 1) == 'ا' && !w.startsWith("ال")
                && TitleWords.isHead(w.substring(0, w.length() - 1)) && !names.knows(w);
    }

    /** "According to" (حسب, بحسب) opens a source, never a name; but حسب الله is one. */
    private static final FoldedWords ACCORDING_TO = folded("حسب", "بحسب", "وحسب", "وبحسب");

    /**
     * A definite word right after a title head in construct ({@code رئيس الجمهورية الباجي},
     * {@code وزير الخارجية X}) completes the title: it is not the start of the name.
     */
    private boolean titleComplement(TokenSequence ts, int k) {
        // the article as written: ألفريدو normalizes to الفريدو
        if (k == 0 || !ts.text(k).startsWith("ال") || ts.norm(k).length() < 5 || names.knows(ts.norm(k))
                || ts.lineBreakBefore(k) || !ts.kind(k - 1).isWord()) {
            return false;
        }
        String prev = ts.norm(k - 1);
        boolean definite = prev.startsWith("ال") || prev.startsWith("لل") || prev.length() > 4 && prev.startsWith("ال", 1);
        return !definite && TitleWords.isHead(prev);
    }

    /** Words before الله that make no name with it: بسم الله, رسول الله. */
    private static final FoldedWords NOT_NAME_BEFORE_GOD = folded("بسم", "رسول", "ورسول", "سبحان", "شاء", "الحمد", "بإذن",
            "سائلا");

    /**
     * الله closes a compound name (فتح الله, ولي الله, عطاء الله) and opens none: a person the tagger starts on it
     * ({@code فتح [الله غولن]}) takes the word before; الله alone is no name the tagger cut (بإذن الله).
     */
    private static boolean godNameStart(TokenSequence ts, int first) {
        return first > 0 && ts.norm(first).equals("الله") && ts.kind(first - 1) == org.marsad.model.TokenKind.ARABIC
                && !ts.lineBreakBefore(first) && ts.end(first - 1) < ts.start(first) && !isEdge(ts, first - 1)
                && !NOT_NAME_BEFORE_GOD.contains(ts, first - 1);
    }

    /** A known first name, and not a function word that looks like one (على / علي). */
    private boolean firstName(TokenSequence ts, int k) {
        // آل (a family: آل سعود) folds to the bare article of a foreign name (ال موندو), which is none
        return ts.kind(k).isWord() && !isEdge(ts, k) && !ts.text(k).equals("ال") && names.knows(ts.norm(k));
    }

    /** As {@code src.substring(from, to).isBlank()}. */
    private static boolean blank(String src, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(src.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A mention that is one known first name, and no catalog name. */
    private boolean firstName(EntityMention m) {
        String t = m.span().text();
        return NameKey.words(t).size() == 1 && !EDGE_WORDS.contains(t)
                && names.knows(NameKey.of(t)) && catalog.find(t) == null;
    }

    /**
     * A person's name the tagger cut in two ({@code رمضان حامرو | رحيم زاده}), or a known first name
     * left alone before the surname, is one span.
     */
    private List<EntityMention> joinNeighbours(AnalyzedText text, List<EntityMention> ms) {
        List<EntityMention> out = new ArrayList<>(ms.size());
        for (EntityMention m : ms) {
            if (!out.isEmpty()) {
                EntityMention prev = out.get(out.size() - 1);
                String src = text.field(m.span().field());
                boolean adjacent = prev.span().field() == m.span().field() && prev.span().end() < m.span().start()
                        && m.span().start() - prev.span().end() <= 2 && blank(src, prev.span().end(), m.span().start());
                boolean conjunction = m.span().text().startsWith("و");
                if (adjacent && !conjunction && (prev.type() == EntityType.PERS && m.type() == EntityType.PERS || firstName(prev))
                        && catalog.find(m.span().text()) == null) {
                    out.set(out.size() - 1, new EntityMention(TextSpan.of(text.article(), m.span().field(),
                            prev.span().start(), m.span().end()), EntityType.PERS));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }
}
