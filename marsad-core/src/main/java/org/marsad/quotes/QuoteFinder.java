package org.marsad.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Gender;
import org.marsad.model.Quote;
import org.marsad.model.Speaker;
import org.marsad.model.SpeakerKind;
import org.marsad.model.Stance;
import org.marsad.model.TextSpan;
import org.marsad.model.TokenKind;
import org.marsad.quotes.Cue.CueType;
import org.marsad.quotes.Cue.Form;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Chars;
import org.marsad.text.SpanIndex;

/**
 * The quote rules applied to one article. Not thread-safe: one instance per article, made by
 * {@link RuleQuoteExtractor}. Reads the body first (left to right, keeping a register of who spoke
 * last, for subject-less continuations and pronouns), then the headline, whose speaker is often
 * named in full only in the body.
 */
final class QuoteFinder {
    private static final int MAX_WINDOW = 45;
    private static final Set<String> COMPLEMENTIZERS = ArabicNormalizer.normalizeAll("أن", "أنه", "أنها", "أنهم", "أنهما", "أننا", "أنني", "أني",
            "بأن", "بأنه", "بأنها", "بأنهم", "بأنهما", "بأننا", "إنهن", "أنهن");
    private static final Set<String> NOT_BEFORE_COMPLEMENTIZER = ArabicNormalizer.normalizeAll("بعد", "قبل", "دون", "منذ", "لحين", "حتى", "مجرد", "مع",
            "بمجرد", "يبدو", "يجب", "يمكن", "ينبغي", "لابد", "بد", "شأن", "رغم", "برغم", "ريثما", "إلا",
            // modal verbs take a subjunctive أن ("لا يستطيع أن يصنع"), never reported speech
            "يستطيع", "تستطيع", "يستطيعون", "نستطيع", "يريد", "تريد", "يريدون", "نريد", "يحاول", "تحاول", "يحاولون",
            "يمكنه", "يمكنها", "يمكنهم", "يحق");
    /** Titles news uses for the same role, one for the other: الناطق باسم الكرملين is later المتحدث باسم الكرملين. */
    private static final Map<String, String> SAME_ROLE = Map.of(
            "ناطق", "متحدث", "متحدث", "ناطق", "ناطقه", "متحدثه", "متحدثه", "ناطقه");
    /** Words completed by عن ("الدفاع عن", "نائب عن"): the عن after them names no topic. */
    private static final Set<String> TAKES_AN = ArabicNormalizer.normalizeAll("الدفاع", "دفاع", "للدفاع", "نائب", "نائبة",
            "نواب", "ممثل", "ممثلة", "ممثلو", "ممثلي", "مسؤول", "مسؤولة", "المسؤول", "المسؤولة", "الإفراج", "البحث", "الكشف",
            "العفو", "التخلي", "المدافع", "مدافع", "المدافعين", "مدافعين");
    /** "والأخير: …" in a headline: the latter, whom the headline names before. */
    private static final Set<String> LATTER = ArabicNormalizer.normalizeAll("الأخير", "والأخير", "الأخيرة", "والأخيرة");
    /** ادعى, whose passive يدعى ("is called") names people far more often than its active claims. */
    private static final String CLAIM = "ادعى";
    private static final String ON = ArabicNormalizer.normalize("على");
    private static final String NOT = "غير";
    private static final String UNITED = ArabicNormalizer.normalize("المتحدة");
    private static final Set<String> PREPOSITIONS = ArabicNormalizer.normalizeAll("في", "من", "على", "عن", "إلى", "الى", "مع", "حتى", "منذ",
            "عبر", "لدى", "نحو", "ضد", "حول", "ب", "ل", "بـ", "لـ", "وفي", "ومن", "بين", "تجاه", "إزاء");
    private static final Set<String> NP_STOP = ArabicNormalizer.normalizeAll("على", "عن", "إلى", "الى", "مع", "عبر", "حول", "ضد", "نحو", "منذ",
            "لا", "لم", "لن", "ما", "قد", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "أو", "إذا",
            "كما", "بينما", "فيما", "حيث", "لكن", "ثم", "إن", "أن", "وأن", "وإن", "بأن", "هو", "هي", "هم", "بعد", "قبل",
            "خلال", "عقب", "إثر", "أثناء", "عند", "أمام", "خارج", "داخل", "وسط", "لدى_", "بشأن", "حين", "عندما", "ردا",
            "وذلك", "ذلك", "هذا", "هذه", "أيضا", "كذلك", "مضيفا", "إنه", "أنه", "فإن", "فإنه", "فإنها", "فقد", "وهو",
            "وهي", "وهم", "بخصوص", "وبخصوص", "تماما", "يبلغ", "تبلغ", "ويبلغ", "وتبلغ", "دائما",
            "بقيادة", "بزعامة");
    private static final Set<String> PRONOUN_PP = ArabicNormalizer.normalizeAll("عنها", "عنه", "عنهم", "له", "لها", "لهم", "لنا", "منها",
            "منه", "فيه", "فيها", "إليه", "إليها", "عليه", "عليها", "عليهم", "بها", "به");
    /**
     * بن, بنت, آل: what stands before them is a given name, what follows a father's or a family's, whatever
     * else these words may be (حمد بن جاسم، تركي آل الشيخ).
     */
    private static final Set<String> LINEAGE = ArabicNormalizer.normalizeAll("بن", "بنت", "آل");
    private static final Set<String> NAME_PARTICLES = ArabicNormalizer.normalizeAll("بن", "بنت", "أبو", "أبي", "عبد", "آل", "ولد", "دي",
            "فان", "فون", "دا", "أبا", "ابن");
    private static final Set<String> COORD_VERB_AUX = ArabicNormalizer.normalizeAll("كان", "وكان", "كانت", "وكانت", "قد", "وقد", "لقد",
            "ولقد", "بينما", "فيما", "ثم", "حيث");
    private static final Set<String> PLACE_HEADS = ArabicNormalizer.normalizeAll("مقاطعة", "ولاية", "محافظة", "إقليم", "منطقة", "مدينة",
            "بلدة", "قرية", "جزيرة", "عاصمة", "مقاطعه");
    /** Organizations a statement is given to ("قال الوزير الفرنسي لصحيفة …"), not ones a role belongs to. */
    private static final Set<String> OUTLETS = ArabicNormalizer.normalizeAll("صحيفة", "جريدة", "مجلة", "وكالة", "شبكة", "قناة",
            "تلفزيون", "تليفزيون", "إذاعة", "راديو", "موقع", "محطة", "رويترز", "رويتر", "فرانس", "الأناضول", "سبوتنيك", "تاس",
            "نوفوستي", "إنترفاكس", "شينخوا", "الجزيرة", "كونا", "واس", "سانا");
    /** Whom a statement is said to, after ل: a reporter, the press, Jawhara FM. */
    private static final Set<String> ADDRESSEES = ArabicNormalizer.normalizeAll("مراسل", "مراسلة", "مراسلي", "مراسلين",
            "صحفيين", "صحافيين", "صحفي", "صحافي", "صحفية", "الصحفيين", "الصحافيين", "صحفيون", "جوهرة", "الجوهرة");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern OWN_WORDS =
            java.util.regex.Pattern.compile("(تعبير|قول|كلام|وصف|رواي|روايت|زعم|راي|تصريح|تصريحات|ادعاء|ادعاءات)(ه|ها|هم|هما)");
    private static final Set<String> FIRST_PERSON = ArabicNormalizer.normalizeAll("نحن", "إننا", "أننا", "لنا", "لدينا", "علينا", "أنا", "إنني",
            "لن نسمح", "سنواصل", "لسنا");
    private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "ها", "ته", "تها", "ه", "نا"};
    /** Nouns naming a report or figures whose author is its source (with the medium list: بيان، تصريح …). */
    private static final Set<String> REPORT_HEADS = ArabicNormalizer.normalizeAll("تقرير", "دراسة", "استطلاع", "أرقام", "إحصاءات", "إحصائيات",
            "وثيقة", "مذكرة");
    /** A relative verb with the statement as its object: "بيان أصدرته الوزارة", "استطلاع أجراه مركز". */
    private static final Set<String> AUTHOR_VERBS = ArabicNormalizer.normalizeAll("أصدره", "أصدرته", "أصدرها", "أصدرتها", "نشره", "نشرته",
            "نشرها", "نشرتها", "أجراه", "أجرته", "أجرتها", "أجراها", "بثه", "بثته", "بثها", "بثتها", "وزعه", "وزعته",
            "وزعتها", "أعده", "أعدته", "أعدتها", "أعدها", "أورده", "أوردته", "أوردها", "أوردتها", "أطلقه", "أطلقته");
    /** Statements that "وجاء في الـ…" refers back to. */
    private static final Set<String> STATEMENTS = ArabicNormalizer.normalizeAll("بيان", "تصريح", "تقرير", "رسالة", "بلاغ", "تغريدة", "منشور",
            "خطاب", "وثيقة", "مذكرة");
    /** Verbs that put a statement out ("أصدر بيانا", "نشرت تغريدة"), without و/ف. */
    private static final Set<String> ISSUED = ArabicNormalizer.normalizeAll("أصدر", "أصدرت", "أصدروا", "نشر", "نشرت", "نشروا",
            "وجه", "وجهت", "بعث", "بعثت", "أرسل", "أرسلت", "دون", "دونت", "كتب", "كتبت", "وزع", "وزعت", "بث", "بثت");
    /** "وفقا لـX فإن …": what opens the statement after a fronted source. */
    private static final Set<String> THEN = ArabicNormalizer.normalizeAll("فإن", "فإنه", "فإنها", "فقد");
    /** "قال فيها": the cue's clause describes a statement named before it. */
    private static final Set<String> IN_IT = ArabicNormalizer.normalizeAll("فيه", "فيها", "فيهما");
    /** Heads naming someone by a relative: the name after them is the relative's. */
    private static final Set<String> RELATIVES_OF = ArabicNormalizer.normalizeAll("والد", "والدة", "زوج", "زوجة", "شقيق", "شقيقة",
            "ابنة", "أرملة", "نجل", "نجلة", "حفيد", "حفيدة");
    /** Time words that govern a complement ("بعد لقائه"), so no subject follows them. */
    private static final Set<String> TIME_PREPOSITIONS = ArabicNormalizer.normalizeAll("بعد", "قبل", "خلال", "أثناء", "عند", "أمام",
            "خارج", "داخل", "حين", "عقب");
    private static final Set<String> CONTRAST = ArabicNormalizer.normalizeAll("لكن", "ولكن", "بينما", "فيما", "وبينما");
    private static final Set<String> RELATIVES = ArabicNormalizer.normalizeAll("الذي", "التي", "الذين");
    private static final Set<String> FEMININE_PRONOUNS = ArabicNormalizer.normalizeAll("لها", "ها", "عنها", "جانبها", "جهتها", "بدورها");
    private static final Set<String> MASCULINE_PRONOUNS = ArabicNormalizer.normalizeAll("له", "ه", "عنه", "جانبه", "جهته", "بدوره");
    private static final Set<String> PLURAL_PRONOUNS = ArabicNormalizer.normalizeAll("لهم", "لهما", "عنهم");
    private static final String RECALLED = "ذكر";
    private static final Set<String> TO_OR_ON = ArabicNormalizer.normalizeAll("إلى", "الى", "على");
    private static final Set<String> WHAT = ArabicNormalizer.normalizeAll("ما", "عما", "مما", "بما", "لما", "فيما");
    /** "لم يذكر اسمه", "طلب عدم الكشف عن هويتها": a clause in which a source withholds its name. */
    private static final Set<String> IDENTITY = ArabicNormalizer.normalizeAll("اسمه", "اسمها", "اسمهم", "اسمهما", "اسمي",
            "هويته", "هويتها", "هويتهم", "هويتهما", "هويتي", "أسماءهم", "أسمائهم", "أسماءهما", "أسمائهما");
    private static final Set<String> WITHHOLDING = ArabicNormalizer.normalizeAll("طلب", "طلبت", "طلبوا", "طالبا", "طالبة",
            "طالبين", "فضل", "فضلت", "فضلوا", "مفضلا", "مفضلة", "اشترط", "اشترطت", "مشترطا", "شريطة", "شرط", "مع");
    /** Words that withhold by themselves; the others above need عدم ("شريطة ذكر اسمه الحركي" gives a name). */
    private static final Set<String> WITHHOLDING_NEGATIVE = ArabicNormalizer.normalizeAll("رفض", "رفضت", "رفضوا", "رافضا",
            "رافضة", "رافضين", "لم", "دون", "بدون", "تحفظ", "تحفظت", "متحفظا", "عدم");
    private static final Set<String> WITHHOLDING_MIDDLE = ArabicNormalizer.normalizeAll("يذكر", "تذكر", "يذكروا", "يكشف",
            "تكشف", "يكشفوا", "يشأ", "تشأ", "يرغب", "ترغب", "يرد", "ترد", "تعلن", "يعلن", "يفصح", "تفصح", "عدم", "ذكر",
            "كشف", "الكشف", "الإفصاح", "الإعلان", "نشر", "في", "عن");
    private static final Set<String> AGAIN = ArabicNormalizer.normalizeAll("مرارا", "مرارًا", "مجددا", "مجدداً", "ثانية",
            "وتكرارا", "وتكراراً");
    private static final Set<String> MANNER = ArabicNormalizer.normalizeAll("صراحة", "صراحةً", "علنا", "علناً", "بوضوح");
    private static final Set<String> REFLEXIVE = ArabicNormalizer.normalizeAll("نفسه", "نفسها", "أنفسهم", "أنفسهن", "نفسهما");
    private static final Set<String> YEAR_WORDS = ArabicNormalizer.normalizeAll("عام", "العام", "سنة");
    private static final Set<String> OTHER_TIME = ArabicNormalizer.normalizeAll("أخرى", "ثانية", "جديدة");
    private static final String TIME_NOUN = ArabicNormalizer.normalize("مرة");
    private static final String ONCE = ArabicNormalizer.normalize("ذات");
    private static final String MORE = ArabicNormalizer.normalize("أكثر");
    private static final String ONLY = ArabicNormalizer.normalize("فحسب");
    private static final String AND_ONLY = ArabicNormalizer.normalize("وحسب");
    private static final Set<String> BUT_RATHER = ArabicNormalizer.normalizeAll("بل", "وإنما", "إنما", "ولكن", "لكن", "وإنّما");
    /** What "according to" may be "in keeping with" rather than a source: laws, rules, plans, measures. */
    private static final Set<String> RULES = ArabicNormalizer.normalizeAll("قانون", "قوانين", "أحكام", "مقتضيات", "قواعد",
            "توجيهات", "مبدأ", "مبادئ", "شروط", "كراس", "معايير", "لوائح", "دستور", "بنود", "خطة", "رغبة", "مدى", "طبيعة",
            "نوع", "حجم", "ظروف", "حاجة", "توقيت", "ترتيب", "حالة", "نظام", "اتفاق", "اتفاقية", "برنامج", "جدول", "رزنامة");
    private static final Set<String> ABOUT_PRONOUNS = ArabicNormalizer.normalizeAll("عنه", "عنها", "عنهم", "عنهما");
    /** Heads an unnamed source is named by again, with the article, once introduced: "مصدر أمني …" then "وأضاف المصدر". */
    private static final Set<String> SOURCE_AGAIN = ArabicNormalizer.normalizeAll("مصدر", "مصادر", "مصدران", "متحدث", "متحدثة",
            "ناطق", "ناطقة", "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مسؤولان");
    /** Verbs of "…، كما أعلنت الشرطة.": what they report stands before them; not "كما نفى قيام …", "كما تعهدت بـ…". */
    private static final Set<String> AS_SAID = ArabicNormalizer.normalizeAll("قال", "أفاد", "أعلن", "ذكر", "أكد", "أوضح", "أورد",
            "روى", "كشف", "أضاف", "أشار", "صرح");
    /** Three-letter verbs whose first letter و is the root's, not the conjunction ("وصل الوفد", not "و" + "صل"). */
    private static final Set<String> WAW_ROOTS = ArabicNormalizer.normalizeAll("وصل", "وقع", "وجه", "وجد", "وضع", "وعد", "ولد",
            "ورث", "وقف", "وصف", "وزع", "وثق");
    private static final Set<String> PERCENT = ArabicNormalizer.normalizeAll("بالمئة", "بالمائة", "بالمئه", "بالمائه");
    /** Titles of one who sits for a party, a bloc or a region: "النائب عن حركة النهضة", "ممثل عن الحزب". */
    private static final Set<String> REPRESENTS = ArabicNormalizer.normalizeAll("نائب", "نائبة", "ممثل", "ممثلة");
    /** "المصدر نفسه", "ذات المصدر", "نفس المصدر": the same source. */
    private static final Set<String> SAME_AFTER = ArabicNormalizer.normalizeAll("نفسه", "ذاته", "نفسها", "ذاتها", "أنفسهم",
            "ذاتهم", "نفسهم");
    private static final Set<String> SAME_BEFORE = ArabicNormalizer.normalizeAll("ذات", "نفس");
    /** أما, which fronts the topic a clause goes on to say something of ("أما أنقرة، فاعتبرت"). */
    private static final Set<String> AMMA = ArabicNormalizer.normalizeAll("أما", "وأما");
    private static final Set<String> CONTINUATION_LEMMAS = ArabicNormalizer.normalizeAll("أضاف", "تابع", "أكمل", "أردف", "استطرد");

    private final CueLexicon cues;
    private final SpeakerWords words;
    private final CommonWords common;
    private final AnalyzedText at;
    private final List<Entity> entities;
    private final FieldView title;
    private final FieldView body;
    /** How often each normalized word occurs in the article (title and body): its vocabulary. */
    private final WordCounts counts;
    private final List<Person> persons = new ArrayList<>();
    /** Positions in {@code persons} by their tokens, and by their first and by their last token. */
    private final Map<List<String>, Integer> personByTokens = new HashMap<>();
    private final Map<String, List<Integer>> personsByEdge = new HashMap<>();
    /** Every entity mention in entity order, its entity's position, and an index of them (built on first use). */
    private final List<TextSpan> mentionSpans = new ArrayList<>();
    private final List<Integer> mentionOwners = new ArrayList<>();
    private SpanIndex mentionIndex;
    private final List<Said> register = new ArrayList<>();
    private final List<Found> found = new ArrayList<>();
    private final Map<Integer, String> sentenceVia = new HashMap<>();
    /** Where the last "according to" source phrase ended (token after it), and in which sentence. */
    private Field accordingField;
    private int accordingSentence = -1;
    private int accordingEnd = -1;

    QuoteFinder(CueLexicon cues, SpeakerWords words, CommonWords common, AnalyzedText at, List<Entity> entities) {
        this.cues = cues;
        this.words = words;
        this.common = common;
        this.at = at;
        this.entities = entities == null ? List.of() : entities;
        this.title = new FieldView(Field.TITLE, at.tokens(Field.TITLE), 0);
        this.body = new FieldView(Field.TEXT, at.tokens(Field.TEXT), title.lastSentence(0) + 1);
        this.counts = new WordCounts(title.n + body.n);
        for (FieldView f : new FieldView[] {title, body}) {
            for (int i = 0; i < f.n; i++) {
                counts.add(f.norm(i));
            }
        }
    }

    /** A named person seen anywhere in the article, with the titles given to them. */
    private record Person(String name, List<String> tokens, Set<String> titles, Set<String> heads, Speaker entitySpeaker,
                          int sentence, boolean subject) {
    }

    /** Someone who spoke or acted as a cue's subject, in text order. */
    private record Said(Speaker speaker, Gender gender, boolean plural, int sentence, Set<String> titles) {
    }

    /** A quote as found, before it becomes a {@link Quote}. */
    private record Found(Quote quote, int sentence, int contentEndToken, Field field, Gender gender) {
    }

    private record Opener(int token, char kind) {
        static final char COLON = ':';
        static final char COMPLEMENTIZER = 'c';
        static final char MARK = '"';
    }

    private record Content(int startChar, int endChar, int firstToken, int endToken, boolean direct) {
    }

    List<Quote> find() {
        collectPersons(title);
        collectPersons(body);
        scan(body);
        List<Quote> out = new ArrayList<>();
        out.addAll(headline());
        for (Found f : found) {
            out.add(f.quote());
        }
        return out;
    }

    // ------------------------------------------------------------------ body

    private void scan(FieldView f) {
        for (int i = 0; i < f.n; i++) {
            if (f.quoted[i] || !f.isArabicOrLatin(i)) {
                continue;
            }
            String norm = f.norm(i);
            if (f.sentFirst[i] == i && f.field == Field.TEXT) {
                noteSentenceSubject(f, i);
            }
            if (isAccording(norm)) {
                according(f, i);
                continue;
            }
            if (i + 2 < f.n && stripAt(f, i).equals("جاء") && f.isArabicOrLatin(i + 1) && f.norm(i + 1).equals("في")) {
                cameIn(f, i);
                continue;
            }
            if (i + 2 < f.n && f.isArabicOrLatin(i + 1) && IN_IT.contains(f.norm(i + 1)) && stripAt(f, i).equals("جاء")) {
                cameInIt(f, i);
                continue;
            }
            if (sourceClosingWithKama(f, i)) {
                according(f, i);
                continue;
            }
            Cue cue = cueAt(f, i);
            if (cue == null) {
                if (f.sentFirst[i] == i && f.field == Field.TEXT) {
                    headlineLike(f, i);
                }
                continue;
            }
            if (cue.finite()) {
                finite(f, i, cue);
            } else if (cue.form() == Form.PARTICIPLE) {
                participle(f, i, cue);
            } else if (cue.possessive()) {
                verbalNoun(f, i, cue);
            }
        }
    }

    /**
     * "…، كما تقول الشركة.": "as the company says" after a comma, its source closing the sentence, sources what
     * stands before it, like "…، حسبما تقول الشركة".
     */
    private boolean sourceClosingWithKama(FieldView f, int i) {
        int sEnd = f.sentEnd[i];
        if (!f.norm(i).equals("كما") || i - 1 <= f.sentFirst[i] || !f.isComma(i - 1) || i + 2 >= sEnd
                || !f.isArabicOrLatin(i + 1)) {
            return false;
        }
        Cue cue = cueAt(f, i + 1);
        if (cue == null || !cue.finite() || !AS_SAID.contains(ArabicNormalizer.normalize(cue.lemma()))) {
            return false;
        }
        Phrase p = subjectAfter(f, i + 2, sEnd, false);
        if (p == null || p.start() != i + 2 || !p.hasName() && !sourceLike(f, p)) {
            return false;
        }
        for (int k = Math.max(p.end(), p.appEnd()); k < sEnd; k++) {
            if (f.ts.kind(k) != TokenKind.PUNCT || f.isQuote(k) || f.isComma(k) || f.isColon(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "وكان مدير الاستخبارات الأميركية دان كوتس دافع …": a named person opening a sentence with any verb
     * becomes the latest person a following "وقال" may continue.
     */
    private void noteSentenceSubject(FieldView f, int i) {
        int end = f.sentEnd[i];
        int k = i;
        boolean aux = false;
        while (k < end && f.isArabicOrLatin(k) && (COORD_VERB_AUX.contains(f.norm(k))
                || words.has(SpeakerWords.List.TIME, stripAt(f, k)))) {
            aux |= COORD_VERB_AUX.contains(f.norm(k));
            k++;
        }
        if (k >= end || !f.isArabicOrLatin(k)) {
            return;
        }
        String n = f.norm(k);
        if (cueAt(f, k) != null || isAccording(n) || PREPOSITIONS.contains(n)) {
            return;
        }
        int from;
        if (aux && startsPhrase(f, k, false)) {
            from = k; // "وكان مدير الاستخبارات … دان كوتس دافع"
        } else if (n.length() > 3 && n.charAt(0) == 'و' && !words.known(n)) {
            from = k + 1;
        } else {
            return;
        }
        Phrase p = subjectAfter(f, from, Math.min(end, from + 15));
        if (p == null || !p.hasName() || !plausibleSource(f, p) || !headedBySource(f, p)) {
            return;
        }
        Resolved r = resolve(f, p);
        Gender g = n.endsWith("ت") ? Gender.FEMALE : Gender.UNKNOWN;
        register.add(new Said(r.speaker, g, false, f.sentence[i], r.titles));
    }

    private void finite(FieldView f, int i, Cue cue) {
        int cueToken = i;
        int sEnd = f.sentEnd[i];
        int limit = Math.min(sEnd, i + MAX_WINDOW);
        int from = i + 1;
        if (from < limit && f.isArabicOrLatin(from)) {
            Cue next = cueAt(f, from);
            if (next != null && next.form() == Form.PARTICIPLE) {
                from++; // "وتابعت قائلة": one cue
            }
        }
        boolean relative = cue.type() == CueType.CONSIDER && i > f.sentFirst[i] && f.isArabicOrLatin(i - 1) && RELATIVES.contains(stripAt(f, i - 1))
                && !(from < limit && f.isArabicOrLatin(from) && PRONOUN_PP.contains(f.norm(from)));
        // "التي وصفت إسرائيل بأنها": after a relative the verb's subject is the antecedent, what follows its object
        Phrase subject = relative ? null : subjectAfter(f, from, limit);
        if (!relative && !(i > f.sentFirst[i] && f.isArabicOrLatin(i - 1) && WHAT.contains(f.norm(i - 1)))) {
            subject = nameInMarks(f, from, subject, limit); // not "ما اعتبره "سوء تفاهم"": what he called it
        }
        if (subject == null && cue.type() == CueType.RELAY && from < limit && f.isQuote(from)) {
            int close = f.marks.closeOf(from);
            if (close > from + 1 && close + 1 < limit && f.words(from + 1, close) <= 5 && f.isArabicOrLatin(close + 1)
                    && stripAt(f, close + 1).equals("عن")) {
                subject = new Phrase(from + 1, close, f.ts.start(from + 1), -1, -1, -1, -1); // ونقلت "فرانس برس" عن
            }
        }
        int afterSubject = subject == null ? from : Math.max(subject.end(), subject.appEnd());
        // "وقال 64٪ منهم إنهم …", "وأشار 86,5 في المئة من المجيبين إلى أن …": a share of a group speaks
        Phrase share = subject == null && cue.type() != CueType.RELAY ? shareOfGroup(f, from, limit) : null;
        if (share != null) {
            afterSubject = share.end();
        }
        if (cue.type() == CueType.RELAY && afterSubject + 1 < limit && f.isQuote(afterSubject)
                && f.isArabicOrLatin(afterSubject + 1) && stripAt(f, afterSubject + 1).equals("عن")) {
            afterSubject++; // past the mark closing "فرانس برس"
        }
        Phrase relayed = null;
        String via = null;
        if (cue.type() == CueType.RELAY) {
            // نقلت X عن Y قوله / أن …
            if (afterSubject < limit && stripAt(f, afterSubject).equals("عن")) {
                relayed = subjectAfter(f, afterSubject + 1, limit);
                if (relayed != null) {
                    via = subject == null ? null : phraseText(f, subject);
                    afterSubject = relayed.end();
                    // "عن بوليانسكي قوله": the verbal noun is the cue; "عن مسؤول في الوفد المرافق للوزير قوله":
                    // the words before it still describe the one quoted
                    for (int k = afterSubject; k < Math.min(limit, afterSubject + 5) && f.isArabicOrLatin(k); k++) {
                        Cue owned = cueAt(f, k);
                        if (owned != null && owned.possessive()) {
                            if (k > afterSubject && relayed.hasName()) {
                                break;
                            }
                            if (k > afterSubject) {
                                relayed = new Phrase(relayed.start(), k, relayed.charStart(), -1, -1, -1, -1);
                            }
                            cueToken = k;
                            afterSubject = k + 1;
                            break;
                        }
                        if (owned != null || COMPLEMENTIZERS.contains(f.norm(k))) {
                            break;
                        }
                    }
                }
            }
            if (relayed == null) {
                return;
            }
        }
        if (subject != null && afterSubject < limit && toldTo(f, afterSubject, limit, false)) {
            // "وقال الوزير للصحافيين "…"": whom it was said to stands between the subject and the statement
            int a = afterSubject + 1;
            while (a < limit && a - afterSubject < 6 && f.isArabicOrLatin(a) && !COMPLEMENTIZERS.contains(f.norm(a))
                    && cueAt(f, a) == null && !isAccording(f.norm(a))) {
                a++;
            }
            afterSubject = a;
        }
        // على لسان X: X speaks through the subject
        int lisan = findLisan(f, afterSubject, limit);
        if (lisan >= 0) {
            Phrase p = subjectAfter(f, lisan + 2, limit);
            if (p != null) {
                relayed = p;
                afterSubject = p.end();
            }
        }
        // "وقالت الشبكة، نقلا عن مسؤولين بالإدارة لم تذكر أسماءهم، إن …": the ones it quotes speak, it relays
        if (relayed == null && subject != null && cue.type() != CueType.RELAY && afterSubject + 2 < limit
                && f.isComma(afterSubject) && f.isArabicOrLatin(afterSubject + 1) && stripAt(f, afterSubject + 1).equals("نقلا")
                && f.isArabicOrLatin(afterSubject + 2) && f.norm(afterSubject + 2).equals("عن")) {
            Phrase quoted = subjectAfter(f, afterSubject + 3, limit, true);
            if (quoted != null && sourceLike(f, quoted)) {
                int k = Math.max(quoted.end(), quoted.appEnd());
                int withheld = withheldNameEnd(f, k);
                k = withheld > k ? withheld : k;
                if (k < limit && f.isComma(k)) {
                    relayed = quoted;
                    via = phraseText(f, subject);
                    afterSubject = k;
                }
            }
        }
        boolean inContent = f.consumed[i];
        int[] hit = new int[] {-1};
        Opener op = opener(f, afterSubject, limit, cue.type(), hit);
        if (op == null) {
            if (subject != null && !inContent && cue.type() != CueType.RELAY) {
                remember(f, subject, cue, i);
            } else if (subject == null && !inContent && i > f.sentFirst[i] && f.isArabicOrLatin(i - 1)
                    && f.ts.firstChar(i) != 'و' && f.ts.firstChar(i) != 'ف') {
                // "إلا أن السلطات تنفي هذه الاتهامات … وتؤكد أن": the subject before the verb governs the clause
                Said s = subjectBefore(f, i, cue);
                if (s != null && lastEvidence.startsWith("subject before")) {
                    register.add(s);
                }
            }
            if (cue.type() == CueType.CONSIDER && f.field == Field.TITLE) {
                return;
            }
            return;
        }
        Speaker speaker;
        String evidence;
        Set<String> titles = Set.of();
        // "نقلت X عن Y قوله": the verbal noun's pronoun, not the relaying verb, tells Y's gender
        Cue agreeing = cueToken != i ? cueAt(f, cueToken) : cue;
        Gender gender = agreeing.gender();
        boolean plural = agreeing.plural();
        Phrase source = relayed != null ? relayed : subject;
        if (source != null) {
            Resolved r = resolve(f, source);
            speaker = r.speaker;
            evidence = relayed != null ? (via != null ? "relayed: نقل عن" : "على لسان") : r.evidence;
            titles = r.titles;
        } else if (share != null) {
            speaker = new Speaker(null, f.text.substring(f.ts.start(share.start()), f.ts.end(share.end() - 1)), SpeakerKind.ANONYMOUS);
            evidence = "share of a group";
        } else if (inContent) {
            return; // a verb inside reported speech, with no subject of its own
        } else if (impersonal(f, i, cue, from, op)) {
            return;
        } else {
            Said s = subjectBefore(f, i, cue);
            if (s == null) {
                return;
            }
            speaker = s.speaker();
            evidence = lastEvidence;
            titles = s.titles();
            if (s.gender() != Gender.UNKNOWN && gender == Gender.UNKNOWN) {
                gender = s.gender();
            }
        }
        if (via == null) {
            via = sentenceVia.get(f.sentence[i]);
        }
        Content c = content(f, op);
        if (c == null) {
            return;
        }
        String medium = medium(f, i + 1, op.token(), source);
        if (medium == null && CONTINUATION_LEMMAS.contains(ArabicNormalizer.normalize(cue.lemma()))) {
            medium = carriedMedium(speaker);
        }
        if (!inContent && share == null) { // a share of a group is no one a later "وأضاف" continues
            register.add(new Said(speaker, gender, plural, f.sentence[i], titles));
        }
        add(f, speaker, cueSpan(f, cueToken), c, via, medium, stance(cue, f, c), evidence, i, gender);
    }

    /** "64٪ منهم", "86,5 في المئة من المجيبين" at {@code j}: a share of a group, or null. */
    private Phrase shareOfGroup(FieldView f, int j, int limit) {
        if (j + 1 >= limit || f.ts.kind(j) != TokenKind.NUMBER) {
            return null;
        }
        int k = j + 1;
        String t = f.ts.text(k);
        if (t.equals("٪") || t.equals("%")) {
            k++;
        } else if (f.isArabicOrLatin(k) && PERCENT.contains(f.norm(k))) {
            k++;
        } else if (k + 1 < limit && f.isArabicOrLatin(k + 1) && f.norm(k).equals("في") && PERCENT.contains("ب" + f.norm(k + 1))) {
            k += 2;
        } else {
            return null;
        }
        if (k < limit && f.isArabicOrLatin(k) && (f.norm(k).equals("منهم") || f.norm(k).equals("منهن"))) {
            k++;
        } else if (k + 1 < limit && f.isArabicOrLatin(k) && f.norm(k).equals("من")) {
            Phrase g = subjectAfter(f, k + 1, limit, true);
            if (g != null && g.start() == k + 1) {
                k = g.end();
            }
        }
        return new Phrase(j, k, f.ts.start(j), -1, -1, -1, -1);
    }

    /** The speaker a participle (قائلا، مشيرة إلى أن) or a coordinated verb shares with its clause. */
    private void participle(FieldView f, int i, Cue cue) {
        if (i > 0 && f.isArabicOrLatin(i - 1)) {
            Cue before = cueAt(f, i - 1);
            if (before != null && before.finite()) {
                return; // "وتابعت قائلة" was read with its verb
            }
        }
        int limit = Math.min(f.sentEnd[i], i + MAX_WINDOW);
        Opener op = opener(f, i + 1, limit, cue.type(), new int[] {-1});
        if (op == null) {
            return;
        }
        Said s = governingSubject(f, i);
        if (s == null) {
            return;
        }
        Content c = content(f, op);
        if (c == null) {
            return;
        }
        String medium = medium(f, i + 1, op.token(), null);
        if (medium == null) {
            medium = sameSentenceMedium(f.sentence[i]);
        }
        String via = sentenceVia.get(f.sentence[i]);
        String evidence = lastEvidence;
        register.add(new Said(s.speaker(), cue.gender() != Gender.UNKNOWN ? cue.gender() : s.gender(), cue.plural(),
                f.sentence[i], s.titles()));
        add(f, s.speaker(), cueSpan(f, i), c, via, medium, stance(cue, f, c), evidence, i, s.gender());
    }

    /** نقلت وكالة تاس عن بوليانسكي قوله: the owner of قوله speaks, the clause's subject relays. */
    private void verbalNoun(FieldView f, int i, Cue cue) {
        int k = i - 1;
        int end = i;
        int start = -1;
        int steps = 0;
        int pronoun = -1;
        while (k >= 0 && k >= f.sentFirst[i] && steps++ < 10) {
            if (f.isQuote(k)) {
                int open = f.marks.openOf(k);
                if (open >= 0 && open >= f.sentFirst[i]) {
                    k = open - 1;
                    continue;
                }
                break;
            }
            if (!f.isArabicOrLatin(k)) {
                break;
            }
            String n = f.norm(k);
            if (n.equals("عن") || n.equals("عما") || n.equals("من") || cueAt(f, k) != null) {
                break;
            }
            if (ABOUT_PRONOUNS.contains(n)) {
                pronoun = k;
                break;
            }
            start = k;
            if (n.length() > 2 && n.charAt(0) == 'ل') {
                break;
            }
            if (n.length() > 2 && n.charAt(0) == 'ب' && k < i - 1) {
                start = k + 1;
                break;
            }
            k--;
        }
        if (pronoun >= 0) {
            relayedFromPronoun(f, i, cue, pronoun, start);
            return;
        }
        boolean throughTongue = false;
        if (start >= 0 && start + 1 < end && f.norm(start).equals("لسان") && start > f.sentFirst[i]
                && f.isArabicOrLatin(start - 1) && f.norm(start - 1).equals("علي")) {
            start++; // "ونقل موقع X على لسان أبوريدة قوله": the one whose tongue it was, not "سان أبوريدة"
            throughTongue = true;
        }
        if (start < 0 || start >= end) {
            return;
        }
        int limit = Math.min(f.sentEnd[i], i + MAX_WINDOW);
        Opener op = opener(f, i + 1, limit, CueType.SPEECH, new int[] {-1});
        if (op == null || op.token() + 1 < f.n && f.consumed[op.token() + 1]) {
            return; // already read as the relay "نقلت X عن Y قوله"
        }
        if (start == i - 1 && adverbialParticiple(f.norm(start))) {
            // "مجددا تحذيره بأن …", "معيدا تأكيده أن …": the clause's subject renews its own statement
            Said s = lastInSentence(f.sentence[i]);
            if (s == null) {
                s = governingSubject(f, i);
            }
            Content c = s == null ? null : content(f, op);
            if (c != null) {
                register.add(new Said(s.speaker(), s.gender(), s.plural(), f.sentence[i], s.titles()));
                add(f, s.speaker(), cueSpan(f, i), c, null, null, stance(cue, f, c), "subject of the clause", i, s.gender());
            }
            return;
        }
        int charStart = f.ts.start(start);
        String sn = f.norm(start);
        if (!throughTongue && sn.length() > 3 && sn.charAt(0) == 'ل' && !sn.startsWith("لل")) {
            charStart++;
        }
        Phrase p = nameIn(f, new Phrase(start, end, charStart, -1, -1, -1, -1));
        Resolved r = resolve(f, p);
        Said relayer = firstInSentence(f.sentence[i]);
        if (relayer == null) {
            relayer = governingSubject(f, i);
        }
        String via = relayer == null ? null : relayer.speaker().name();
        if (via != null && via.equals(r.speaker.name())) {
            via = null;
        }
        Content c = content(f, op);
        if (c == null) {
            return;
        }
        String medium = medium(f, f.sentFirst[i], op.token(), p);
        register.add(new Said(r.speaker, cue.gender(), cue.plural(), f.sentence[i], r.titles));
        add(f, r.speaker, cueSpan(f, i), c, via, medium, stance(cue, f, c), "relayed: " + f.ts.text(i), i, cue.gender());
    }

    /** An accusative participle of a derived verb (مجددا، معيدا، مكررا): how, not who. */
    private static boolean adverbialParticiple(String n) {
        return n.length() >= 5 && n.charAt(0) == 'م' && n.charAt(n.length() - 1) == 'ا';
    }

    /**
     * "ونقلت وكالة الأناضول عنه قوله", "ونقلت عنها الصحيفة قولها": the one the pronoun points back to speaks —
     * the last speaker before of its gender and number that is not the relaying outlet itself.
     */
    private void relayedFromPronoun(FieldView f, int i, Cue cue, int pronoun, int after) {
        int limit = Math.min(f.sentEnd[i], i + MAX_WINDOW);
        Opener op = opener(f, i + 1, limit, CueType.SPEECH, new int[] {-1});
        if (op == null || op.token() + 1 < f.n && f.consumed[op.token() + 1]) {
            return;
        }
        // the outlet stands after the pronoun ("عنه وكالة X قوله") or between the verb and it ("وكالة X عنه قوله")
        int rs = after >= 0 ? after : pronoun;
        int re = after >= 0 ? i : pronoun;
        if (after < 0) {
            while (rs - 1 >= f.sentFirst[i] && pronoun - rs < 8 && f.isArabicOrLatin(rs - 1) && cueAt(f, rs - 1) == null) {
                rs--;
            }
        }
        String via = null;
        String pn = f.norm(pronoun);
        Gender gender = pronounGender(pn);
        boolean plural = PLURAL_PRONOUNS.contains(pn);
        Said s = null;
        if (rs < re) {
            Phrase relay = nameIn(f, new Phrase(rs, re, f.ts.start(rs), -1, -1, -1, -1));
            if (relay.hasName() && relay.nameStart() > rs && relay.nameEnd() == re) {
                // "المتحدثة باسم رئيس المفوضية جان كلود يونكر عنه", "الموقع الرسمي لخامنئي عنه": the one named there
                int ns = relay.nameStart();
                String first = f.norm(ns);
                int cs = f.ts.start(ns) + (first.length() > 3 && first.charAt(0) == 'ل' && !first.startsWith("لل") ? 1 : 0);
                Resolved named = resolve(f, nameIn(f, new Phrase(ns, re, cs, -1, -1, -1, -1)));
                s = new Said(named.speaker(), gender, plural, f.sentence[i], named.titles());
                via = f.text.substring(f.ts.start(rs), f.ts.end(ns - 1));
            } else {
                via = resolve(f, relay).speaker().name();
            }
        }
        for (int k = register.size() - 1; k >= 0 && s == null; k--) {
            Said r = register.get(k);
            // the pronoun's owner said something earlier
            if (r.sentence() <= f.sentence[i] && agrees(r, gender, plural) && !r.speaker().name().equals(via)) {
                s = r;
            }
        }
        Content c = s == null ? null : content(f, op);
        if (c == null) {
            return;
        }
        String medium = medium(f, f.sentFirst[i], op.token(), null);
        register.add(new Said(s.speaker(), s.gender(), s.plural(), f.sentence[i], s.titles()));
        add(f, s.speaker(), cueSpan(f, i), c, via, medium, stance(cue, f, c),
                "relayed: " + f.ts.text(i) + " → " + pn + " → speaker of sentence " + s.sentence(), i, s.gender());
    }

    /**
     * "وذكرت وكالة X نقلا عن مصدر دبلوماسي أن …": the quote just read from the cue's subject was relayed — the
     * source after نقلا عن speaks, the subject is the via, as in "نقلت X عن Y قوله". Not when a person's words
     * come through an outlet ("وصرح النجم نقلا عن شبكة ESPN بأنه …"): the person speaks, the outlet relays.
     */
    private void relayedBySubject(FieldView f, int i, int complementizer, Speaker source, Set<String> titles, Gender gender) {
        if (found.isEmpty()) {
            return;
        }
        int k = found.size() - 1;
        Found last = found.get(k);
        Quote q = last.quote();
        if (last.field() != f.field || last.sentence() != f.sentence[i] || q.via() != null || q.cue() == null
                || q.cue().end() > f.ts.start(i) || q.content().start() < f.ts.start(complementizer)
                || q.speaker().name().equals(source.name())) {
            return;
        }
        boolean outlet = OUTLETS.contains(SpeakerWords.withoutArticle(lamAt(f, i + 2)));
        if (outlet && q.speaker().kind() == SpeakerKind.PERSON) {
            setVia(f, i, source.name());
            return;
        }
        found.set(k, new Found(new Quote(source, q.cue(), q.direct(), q.speaker().name(), q.medium(), q.content(),
                q.inTitle(), q.stance(), "relayed: نقلا عن, by " + q.evidence()), last.sentence(), last.contentEndToken(),
                last.field(), gender));
        register.add(new Said(source, gender, false, f.sentence[i], titles));
    }

    /** وفقاً لـ X / بحسب X / وفق X: before or after the statement it sources. */
    private void according(FieldView f, int i) {
        int sFirst = f.sentFirst[i];
        int sEnd = f.sentEnd[i];
        if (f.quoted[i]) {
            return;
        }
        int j = i + 1;
        String w = f.norm(i);
        if ((w.equals(ONLY) || w.equals(AND_ONLY)) && (j >= sEnd || !f.isArabicOrLatin(j) || BUT_RATHER.contains(f.norm(j)))) {
            return; // "ليس ذلك فحسب بل …": "only", no source
        }
        boolean nuqlan = stripAt(f, i).equals("نقلا");
        if (nuqlan) {
            if (j >= sEnd || !(f.norm(j).equals("عن") || f.norm(j).equals("عما"))) {
                return;
            }
            // "نقلا عن … قوله": the verbal noun names the speaker
            for (int k = j; k < sEnd; k++) {
                Cue c = f.isArabicOrLatin(k) ? cueAt(f, k) : null;
                if (c != null && c.possessive()) {
                    return;
                }
            }
            j++;
        }
        if (j < sEnd && (f.norm(j).equals("ل") || f.ts.text(j).startsWith("لـ") && f.ts.text(j).length() <= 2)) {
            j++;
        }
        int verb = -1;
        if (j < sEnd && f.norm(j).equals("ما") && j + 1 < sEnd) {
            verb = j + 1;
            j += 2; // بحسب ما ذكرته صحيفة …
        } else if (j + 1 < sEnd && f.norm(j).equals("لما")) {
            verb = j + 1;
            j += 2; // وفقا لما نقلته وكالة …
        } else if (stripAt(f, i).endsWith("ما") && j < sEnd && f.isArabicOrLatin(j) && !isAccording(f.norm(j))) {
            verb = j;
            j++; // حسبما أفادت وكالة …: the verb
        }
        if (verb >= 0 && j < sEnd && f.isArabicOrLatin(j) && f.ts.firstChar(j) == 'ل' && !f.norm(j).startsWith("ال")
                && cueAt(f, verb) != null) {
            // "بحسب ما أكده للجوهرة أف أم، الكاتب العام …": whom it was told to, between the verb and its subject
            for (int k = j + 1; k < Math.min(sEnd - 1, j + 6); k++) {
                if (f.isComma(k)) {
                    Phrase q = f.isArabicOrLatin(k + 1) ? subjectAfter(f, k + 1, sEnd, true) : null;
                    if (q != null && sourceLike(f, q)) {
                        j = k + 1;
                    }
                    break;
                }
                if (f.isStop(k) || f.isColon(k)) {
                    break;
                }
            }
        }
        if (j >= sEnd || !f.isArabicOrLatin(j)) {
            return;
        }
        if (j + 1 < sEnd && f.isArabicOrLatin(j) && f.norm(j).equals("حد")) {
            j++; // على حد تعبيره
        }
        if (OWN_WORDS.matcher(f.norm(j)).matches()) {
            return; // "بحسب تعبيره": marks the speaker's own words, already attributed
        }
        // "…، فبحسب X …", "…، لكن وفقا لـX فإن …": a new clause opens with its source
        boolean atStart = isClauseStart(f, i)
                || i - 1 > sFirst && f.isComma(i - 1) && f.ts.firstChar(i) == 'ف'
                || i - 1 > sFirst && f.isArabicOrLatin(i - 1) && CONTRAST.contains(f.norm(i - 1))
                && (f.isComma(i - 2) || i - 1 == sFirst);
        Speaker speaker;
        String relayVia = null;
        String evidence;
        Gender gender = Gender.UNKNOWN;
        Set<String> titles = Set.of();
        int afterSource;
        String pn = f.norm(j);
        Gender pronoun = pronounGender(pn);
        if (pronoun != null) {
            Said s = carry(pronoun, PLURAL_PRONOUNS.contains(pn), f.sentence[i]);
            if (s == null) {
                return;
            }
            speaker = s.speaker();
            evidence = "pronoun " + f.ts.text(j) + " → " + lastEvidence;
            gender = s.gender();
            afterSource = j + 1;
        } else {
            Said carried = null;
            Phrase p = subjectAfter(f, j, sEnd, true);
            if (p != null && RULES.contains(SpeakerWords.withoutArticle(lamAt(f, p.start())))) {
                return; // "وفقا للقانون", "طبقا لأحكام الفصل", "حسب حجم الضرر": in keeping with, nobody's statement
            }
            if (p == null || !sourceLike(f, p) && !words.has(SpeakerWords.List.MEDIUM,
                    SpeakerWords.withoutArticle(lamAt(f, p.start())))
                    && entityFor(f, p.charStart(), f.ts.end(p.end() - 1), EntityType.ORG) == null) {
                return; // "وفقا للإنتربول": an organization the tagger found is a source too
            }
            // وفقا لتصريحات نقلتها وكالة الأناضول: the outlet relays an earlier statement
            String head = SpeakerWords.withoutArticle(lamAt(f, p.start()));
            if (words.has(SpeakerWords.List.MEDIUM, head)) {
                // "وفق بيان لوزارة الصحة": the statement's author is the source
                int k = p.start() + 1;
                Phrase author = null;
                if (k < sEnd && f.isArabicOrLatin(k) && f.norm(k).charAt(0) == 'ل' && f.norm(k).length() > 3) {
                    author = subjectAfter(f, k, sEnd, true);
                }
                Said issuer = null;
                if ((author == null || !sourceLike(f, author) && !author.hasName()) && atStart
                        && definite(f.norm(p.start())) && STATEMENTS.contains(head)) {
                    issuer = carry(Gender.UNKNOWN, false, f.sentence[i]); // "وحسب البلاغ، فقد …": the last source's
                }
                if (issuer == null && (author == null || !sourceLike(f, author) && !author.hasName())) {
                    if (!atStart) {
                        setVia(f, i, viaFromMedium(f, p));
                    }
                    return;
                }
                if (issuer == null) {
                    p = author;
                } else {
                    p = new Phrase(p.start(), p.end(), p.charStart(), -1, -1, -1, -1);
                }
                carried = issuer;
            }
            Resolved r = carried != null ? new Resolved(carried.speaker(), lastEvidence, carried.titles()) : resolve(f, p);
            speaker = r.speaker;
            evidence = "according to: " + f.ts.text(i) + (carried != null ? " the statement → " + lastEvidence : "");
            titles = r.titles;
            afterSource = Math.max(p.end(), p.appEnd());
            // "حسبما نقل موقع إنسايدر عن مسؤولين": the outlet relays, the ones it quotes speak
            if (verb >= 0 && f.norm(verb).startsWith("نقل") && afterSource + 1 < sEnd
                    && f.isArabicOrLatin(afterSource) && f.norm(afterSource).equals("عن")) {
                Phrase quoted = subjectAfter(f, afterSource + 1, sEnd, true);
                if (quoted != null && sourceLike(f, quoted)) {
                    Resolved q = resolve(f, quoted);
                    relayVia = speaker.name();
                    speaker = q.speaker;
                    titles = q.titles;
                    evidence = "according to: " + f.ts.text(i) + ", relayed";
                    afterSource = Math.max(quoted.end(), quoted.appEnd());
                }
            }
        }
        Content c;
        if (!atStart && !nuqlan) {
            int k = afterSource;
            while (k < sEnd && f.isComma(k)) {
                k++;
            }
            atStart = k < sEnd && f.isArabicOrLatin(k) && THEN.contains(f.norm(k)) // "وفقا لـX فإن …"
                    // "وحتى الآن، بحسب X، لم تتلق …": a short adverbial, then the source between commas
                    || k > afterSource && i - 1 > sFirst && f.isComma(i - 1) && f.words(sFirst, i - 1) <= 3
                    && !lastQuoteIn(f, f.sentence[i]) && f.words(k, clauseEnd(f, k)) >= 4;
        }
        if (atStart) {
            int k = afterSource;
            while (k < sEnd && (f.isComma(k) || f.isColon(k))) {
                k++;
            }
            Cue next = k < sEnd ? cueAt(f, k) : null;
            if (k < sEnd && (isSpeechCueAhead(f, k, sEnd) || next != null && next.finite())) {
                sentenceVia.put(f.sentence[i], speaker.name());
                return;
            }
            if (k < sEnd && THEN.contains(f.norm(k))) {
                k++;
            }
            c = span(f, k, clauseEnd(f, k), false);
        } else {
            int next = afterSource;
            while (next < sEnd && f.isComma(next)) {
                next++;
            }
            int withheld = withheldNameEnd(f, next);
            if (withheld > next) {
                next = withheld; // "نقلا عن مسؤولين لم تذكر أسماءهم، إن …"
                while (next < sEnd && f.isComma(next)) {
                    next++;
                }
            }
            if (next < sEnd && f.isArabicOrLatin(next) && COMPLEMENTIZERS.contains(f.norm(next))) {
                if (nuqlan) {
                    relayedBySubject(f, i, next, speaker, titles, gender);
                }
                return; // "قالت شبكة X، نقلا عن مسؤولين أنهم …": the relay inside another cue's clause
            }
            if (next < sEnd && (f.isColon(next) || f.isQuote(next) && f.marks.closeOf(next) > next
                    && f.words(next + 1, f.marks.closeOf(next)) >= 4)) {
                sentenceVia.put(f.sentence[i], speaker.name()); // "أعرب فيها وفقا لما نقلته وكالة …: "…""
                return;
            }
            // the statement runs from the last quote or "according to" phrase of the sentence to here
            int from = sFirst;
            boolean lastHere = false;
            if (!found.isEmpty()) {
                Found last = found.get(found.size() - 1);
                if (last.field() == f.field && last.sentence() == f.sentence[i]) {
                    lastHere = true;
                    from = last.contentEndToken() + 1;
                }
            }
            if (accordingField == f.field && accordingSentence == f.sentence[i]) {
                from = Math.max(from, accordingEnd);
            }
            accordingField = f.field;
            accordingSentence = f.sentence[i];
            accordingEnd = afterSource;
            // "قال: "…"، في إشارة إلى …، حسب وكالة فرانس برس": the quotation ended at its mark; the writer's
            // aside after it is no statement, and the agency relayed the quotation
            boolean afterClosedQuote = lastHere && f.isQuote(from) && from + 1 < i && f.isComma(from + 1);
            if (lastHere && (f.words(from, i) < 5 || afterClosedQuote)) {
                int k = found.size() - 1;
                Found last = found.get(k);
                Quote q = last.quote();
                if (nuqlan && q.via() == null && q.evidence().startsWith("according to")) {
                    // "…، وفقا لما ذكرته بلومبرغ، نقلا عن مصادر مطلعة": the outlet relays its sources
                    found.set(k, new Found(new Quote(speaker, q.cue(), q.direct(), q.speaker().name(), q.medium(),
                            q.content(), q.inTitle(), q.stance(), q.evidence() + ", relayed from " + speaker.name()),
                            last.sentence(), last.contentEndToken(), last.field(), last.gender()));
                } else if (q.via() == null) {
                    setVia(f, i, speaker.name());
                }
                return;
            }
            int start = Math.max(afterRecalled(f, afterDateline(f, sFirst, i), i), from);
            for (int k = i - 1; k > start; k--) {
                if (f.consumed[k]) {
                    start = k + 1;
                    break;
                }
            }
            int end = i;
            while (end > start && (f.isComma(end - 1) || f.ts.kind(end - 1) == TokenKind.PUNCT)) {
                end--;
            }
            c = span(f, start, end, false);
        }
        if (c == null) {
            return;
        }
        if (pronoun == null && atStart) {
            // a source that opens its statement may be continued by "وأضاف"; one named after the
            // statement ("…، حسبما أكدت مصادر") or relaying someone else's quote is not
            register.add(new Said(speaker, Gender.UNKNOWN, false, f.sentence[i], titles));
        }
        add(f, speaker, cueSpan(f, i), c, relayVia, null, Stance.ASSERT, evidence, i, gender);
    }

    private boolean lastQuoteIn(FieldView f, int sentence) {
        if (found.isEmpty()) {
            return false;
        }
        Found last = found.get(found.size() - 1);
        return last.field() == f.field && last.sentence() == sentence;
    }

    /**
     * "وجاء في بيان للاتحاد أن …", "جاء في بيان أصدرته رئاسة الحكومة أن …": the statement's author speaks;
     * "وجاء في البيان أن …" continues the author of the statement just quoted.
     */
    private void cameIn(FieldView f, int i) {
        int sEnd = f.sentEnd[i];
        int limit = Math.min(sEnd, i + MAX_WINDOW);
        int j = i + 2;
        if (!f.isArabicOrLatin(j)) {
            return;
        }
        String head = SpeakerWords.withoutArticle(lamAt(f, j));
        if (!words.has(SpeakerWords.List.MEDIUM, head) && !REPORT_HEADS.contains(head)) {
            return;
        }
        Phrase p = subjectAfter(f, j, limit, true);
        if (p == null) {
            return;
        }
        int after = Math.max(p.end(), p.appEnd());
        Opener op = opener(f, after, limit, CueType.SPEECH, new int[] {-1});
        if (op == null) {
            return;
        }
        Speaker speaker;
        String evidence;
        String medium = phraseText(f, new Phrase(j, j + 1, f.ts.start(j), -1, -1, -1, -1));
        if (p.start() != j) {
            Resolved r = resolve(f, p); // the author: بيان أصدرته رئاسة الحكومة، بيان للاتحاد
            speaker = r.speaker;
            evidence = "جاء في: author of the statement → " + r.evidence;
        } else if (definite(f.norm(j)) && p.end() == j + 1 && STATEMENTS.contains(head)) {
            Said s = carry(Gender.UNKNOWN, false, f.sentence[i]);
            if (s == null) {
                return;
            }
            speaker = s.speaker();
            evidence = "جاء في: the statement of → " + lastEvidence;
        } else {
            return; // "جاء في تقرير" with no author: nobody to name
        }
        Content c = content(f, op);
        if (c == null) {
            return;
        }
        register.add(new Said(speaker, Gender.UNKNOWN, false, f.sentence[i], Set.of()));
        add(f, speaker, cueSpan(f, i), c, sentenceVia.get(f.sentence[i]), medium, Stance.ASSERT, evidence, i, Gender.UNKNOWN);
    }

    /**
     * "أصدرت الوزارة بيانا جاء فيه أن …", "ونشر صلاح تغريدة جاء فيها: «…»": what a statement says is said by its
     * author, the subject right after the verb that put it out. The statement noun must stand right before:
     * "في الوقت الذي جاء فيه" (at the time he came) says nothing.
     */
    private void cameInIt(FieldView f, int i) {
        int sFirst = f.sentFirst[i];
        if (i - 1 <= sFirst || !f.isArabicOrLatin(i - 1)) {
            return;
        }
        String noun = SpeakerWords.withoutArticle(f.norm(i - 1));
        if (noun.length() > 3 && noun.endsWith("ا") && !STATEMENTS.contains(noun)) {
            noun = noun.substring(0, noun.length() - 1); // the accusative: بيانا, تقريرا
        }
        if (!STATEMENTS.contains(noun)) {
            return;
        }
        // the author is the subject right after the verb that put the statement out: "أصدرت الوزارة بيانا",
        // "ونشر صلاح تغريدة"; a subject told elsewhere (before the verb, in another clause) is left alone
        int verb = -1;
        for (int k = i - 2; k >= Math.max(sFirst, i - 8); k--) {
            if (!f.isArabicOrLatin(k)) {
                break;
            }
            if (ISSUED.contains(stripAt(f, k))) {
                verb = k;
                break;
            }
        }
        if (verb < 0 || verb + 1 >= i - 1) {
            return;
        }
        Phrase p = subjectAfter(f, verb + 1, i - 1);
        if (p == null || p.start() != verb + 1 || !plausibleSource(f, p)) {
            return;
        }
        int limit = Math.min(f.sentEnd[i], i + MAX_WINDOW);
        Opener op = opener(f, i + 2, limit, CueType.SPEECH, new int[] {-1});
        if (op == null) {
            return;
        }
        Content c = content(f, op);
        if (c == null) {
            return;
        }
        Resolved r = resolve(f, p);
        String medium = phraseText(f, new Phrase(i - 1, i, f.ts.start(i - 1), -1, -1, -1, -1));
        if (r.speaker == null || r.speaker.name() == null || r.speaker.name().contains(medium)) {
            return; // a role whose holder was looked for after it ran into the statement itself
        }
        register.add(new Said(r.speaker, Gender.UNKNOWN, false, f.sentence[i], r.titles));
        add(f, r.speaker, cueSpan(f, i), c, sentenceVia.get(f.sentence[i]), medium, Stance.ASSERT,
                "جاء فيه: the author of the statement → " + r.evidence, i, Gender.UNKNOWN);
    }

    /**
     * The first token after a dateline that opens a sentence ("دبي، الإمارات العربية المتحدة (CNN)--"):
     * a parenthesized outlet followed by a dash within the first words; {@code from} when there is none.
     */
    /** "ويذكر أن …، بحسب X": the writer's "it is recalled that" is no part of what X says. */
    private int afterRecalled(FieldView f, int from, int limit) {
        int k = from;
        if (k < limit && f.isArabicOrLatin(k) && f.norm(k).equals("كما")) {
            k++;
        }
        if (k + 1 < limit && f.isArabicOrLatin(k) && f.isArabicOrLatin(k + 1) && COMPLEMENTIZERS.contains(f.norm(k + 1))) {
            Cue c = cueAt(f, k);
            if (c != null && c.form() == Form.PRESENT && RECALLED.equals(c.lemma())) {
                return k + 2;
            }
        }
        return from;
    }

    private int afterDateline(FieldView f, int from, int limit) {
        for (int k = from; k + 1 < Math.min(limit, from + 12); k++) {
            if (f.isPunct(k, ')') && isDash(f, k + 1)) {
                int j = k + 1;
                while (j < limit && isDash(f, j)) {
                    j++;
                }
                return j;
            }
        }
        return from;
    }

    private boolean isDash(FieldView f, int k) {
        if (f.ts.kind(k) != TokenKind.PUNCT) {
            return false;
        }
        char c = f.ts.firstChar(k);
        return Chars.isDash(c);
    }

    /** A body line of the shape "السبهان: نتعرض …" — a headline repeated inside the text. */
    private void headlineLike(FieldView f, int i) {
        int sEnd = f.sentEnd[i];
        int colon = -1;
        for (int k = i; k < Math.min(sEnd, i + 4); k++) {
            if (f.isColon(k)) {
                colon = k;
                break;
            }
            if (!f.isArabicOrLatin(k)) {
                return;
            }
        }
        if (colon <= i || colon + 2 >= sEnd) {
            return;
        }
        List<String> prefix = new ArrayList<>();
        for (int k = i; k < colon; k++) {
            prefix.add(SpeakerWords.withoutArticle(f.norm(k)));
        }
        Person p = personEndingWith(tokensOf(f, i, colon));
        if (p == null || words.has(SpeakerWords.List.LABEL, f.norm(i))) {
            return;
        }
        Speaker sp = p.entitySpeaker() != null ? p.entitySpeaker() : new Speaker(null, p.name(), SpeakerKind.PERSON);
        Content c = span(f, colon + 1, clauseEnd(f, colon + 1), true);
        if (c != null) {
            add(f, sp, null, c, null, null, Stance.ASSERT, "headline form in text: name and colon", i, Gender.UNKNOWN);
        }
    }

    // ------------------------------------------------------------------ headline

    private List<Quote> headline() {
        FieldView f = title;
        List<Quote> out = new ArrayList<>();
        if (f.n == 0) {
            return out;
        }
        int colon = -1;
        for (int k = 1; k < Math.min(f.n, 20); k++) {
            if (f.isColon(k)) {
                colon = k;
                break;
            }
        }
        // "بعد طرد السفراء.. الكرملين: …": the source opens the last part of the headline, after its dots
        int seg = 0;
        for (int k = colon - 1; k > 0; k--) {
            if (isDots(f, k)) {
                seg = k + 1;
                break;
            }
        }
        if (seg > 0 && seg < colon && (cueAt(f, seg) != null || seg + 1 == colon && !knownSource(f, seg))) {
            seg = 0; // "راموس يقلل من إنجاز برشلونة.. ويؤكد: …": the part after the dots opens with the verb
        }
        if (seg == 0 && colon >= 12) {
            colon = -1;
        }
        if (colon > 0 && colon + 1 < f.n && seg < colon) {
            int cueAt = -1;
            for (int k = seg + 1; k < colon; k++) {
                if (f.isArabicOrLatin(k) && cueAt(f, k) != null) {
                    cueAt = k;
                    break;
                }
            }
            // "قرقاش عن الأزمة السعودية الكندية: …": what follows عن is the topic, not the source
            int about = -1;
            for (int k = seg + 1; k < Math.min(colon, seg + 5); k++) {
                if (f.isArabicOrLatin(k) && f.norm(k).equals("عن")) {
                    // but "منظمة الدفاع عن المستهلك", "نائب عن حركة النهضة", "كل التفاصيل عن …" name no source before عن
                    if (!(f.isArabicOrLatin(k - 1) && TAKES_AN.contains(f.norm(k - 1)))
                            && plausibleSource(f, nameIn(f, new Phrase(seg, k, f.ts.start(seg), -1, -1, -1, -1)))) {
                        about = k;
                    }
                    break;
                }
            }
            int speakerEnd = cueAt > 0 && (about < 0 || cueAt < about) ? cueAt : about > 0 ? about : colon;
            boolean placeWords = countryAt(f, seg) && (speakerEnd == seg + 1 || speakerEnd == seg + 2 && !f.isArabicOrLatin(seg + 1)
                    || speakerEnd == seg + 2 && words.is(SpeakerWords.List.COUNTRY, baseAt(f, seg) + " " + f.norm(seg + 1)))
                    || entityFor(f, f.ts.start(seg), f.ts.end(speakerEnd - 1), EntityType.LOC) != null
                    && entityCovers(f, seg, speakerEnd) || speakerEnd == seg + 1 && isPlaceOnly(f, seg);
            // "طاجيكستان: تنظيم … يتبنى": a place label, unless the words after it speak in the first person
            boolean place = cueAt < 0 && about < 0 && placeWords && !firstPerson(f, colon + 1, f.n);
            boolean label = words.has(SpeakerWords.List.LABEL, f.norm(seg))
                    || cueAt < 0 && (topicWord(f, seg) || words.is(SpeakerWords.List.SCENE, f.norm(seg)))
                    || seg > 0 && LATTER.contains(f.norm(seg));
            if (!place && !label && (cueAt > 0 || about > 0 || colon - seg <= 4) && f.words(colon + 1, f.n) >= 2) {
                Phrase p = nameIn(f, new Phrase(seg, speakerEnd, f.ts.start(seg), -1, -1, -1, -1));
                Resolved r = resolve(f, p);
                Content c = span(f, colon + 1, f.n, true);
                if (c != null) {
                    out.add(quote(f, r.speaker, null, c, null, null, Stance.ASSERT, "headline: source and colon"));
                    return out;
                }
            }
        }
        // "الشرطة الكندية تعتبر الحادث “متعمدا”": subject, cue, then what it holds
        for (int k = 1; k < f.n; k++) {
            if (!f.isArabicOrLatin(k)) {
                continue;
            }
            Cue cue = cueAt(f, k);
            if (cue == null || !cue.finite()) {
                continue;
            }
            int[] hit = {-1};
            Opener op = opener(f, k + 1, f.n, cue.type(), hit);
            Content c = null;
            if (op != null && op.kind() == Opener.COMPLEMENTIZER) {
                c = content(f, op);
            } else if (cue.type() == CueType.CONSIDER) {
                int end = k + 1;
                while (end < f.n && !(end > k + 2 && f.isArabicOrLatin(end) && isCoordinatedVerb(f.norm(end)))) {
                    end++;
                }
                c = span(f, k + 1, end, false);
            }
            if (c == null) {
                continue;
            }
            Phrase p = nameIn(f, new Phrase(0, k, f.ts.start(0), -1, -1, -1, -1));
            if (p.end() - p.start() > 6 || words.is(SpeakerWords.List.SCENE, f.norm(0))) {
                continue; // "بعد وصفه بالحيوان.. الأسد يرد": the scene, not who holds it
            }
            Resolved r = resolve(f, p);
            out.add(quote(f, r.speaker, cueSpan(f, k), c, null, null, cue.stance(), "headline: subject before cue"));
            return out;
        }
        // a headline opening with a quotation: the article's main source said it
        if (f.isQuote(0) && f.marks.closeOf(0) > 0 && f.words(1, f.marks.closeOf(0)) >= 3) {
            Speaker main = mainSpeaker();
            Content c = span(f, 1, f.marks.closeOf(0), true);
            if (main != null && c != null) {
                out.add(quote(f, main, null, c, null, null, Stance.ASSERT, "headline quotation: the body's main source"));
            }
        }
        return out;
    }

    /** A one-word headline source: someone the article names ("وأوغلو"), or a source word (الكرملين، ناشطون). */
    private boolean knownSource(FieldView f, int k) {
        if (!f.isArabicOrLatin(k)) {
            return false;
        }
        String n = f.norm(k);
        String bare = n.length() > 3 && n.charAt(0) == 'و' ? n.substring(1) : n;
        return personEndingWith(List.of(bare)) != null || personEndingWith(List.of(n)) != null
                || entityFor(f, f.ts.start(k), f.ts.end(k), null) != null || orgHead(f, k) || anonymousHead(f, k)
                || countryAt(f, k) || words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(baseAt(f, k)));
    }

    /** ".." or "…" between the parts of a headline. */
    private static boolean isDots(FieldView f, int k) {
        if (f.ts.kind(k) != TokenKind.PUNCT) {
            return false;
        }
        char c = f.ts.firstChar(k);
        return c == '\u2026' || c == '.' && (f.ts.end(k) - f.ts.start(k) > 1 || k + 1 < f.n && f.ts.kind(k + 1) == TokenKind.PUNCT
                && f.ts.firstChar(k + 1) == '.');
    }

    /**
     * "يذكر أن", "يشار إلى أن": a passive present with no subject, opening a sentence — the writer's voice.
     * "ويذكر أن" and "كما يذكر أن" are too: news writes them as the passive "it is worth recalling", while
     * "ويقول إن" continues a speaker.
     */
    private boolean impersonal(FieldView f, int i, Cue cue, int from, Opener op) {
        if (cue.form() != Form.PRESENT || cue.gender() == Gender.FEMALE) {
            return false;
        }
        boolean recalled = cue.lemma().equals(RECALLED) && op.kind() == Opener.COMPLEMENTIZER
                && (f.sentFirst[i] == i || i - 1 == f.sentFirst[i] && f.isArabicOrLatin(i - 1) && f.norm(i - 1).equals("كما"));
        if (!recalled && (f.sentFirst[i] != i || f.ts.firstChar(i) == 'و' || f.ts.firstChar(i) == 'ف')) {
            return false;
        }
        return op.token() <= from + 1;
    }

    private int frequency(String norm) {
        return counts.count(norm);
    }

    /**
     * Whether a word carries the article: الـ and للـ always; وال، فال، بال، كال only when the rest is a
     * word the article or the language uses with ال — فالنتينا is a name, not ف + النتينا.
     */
    private boolean definite(String n) {
        if (!SpeakerWords.definite(n)) {
            return false;
        }
        if (n.startsWith("ال") || n.startsWith("لل") || n.startsWith("وبال")) {
            return true;
        }
        String rest = n.substring(3);
        return common.contains(rest) || counts.contains("ال" + rest) || words.known("ال" + rest);
    }

    private boolean isAccording(String norm) {
        return words.is(SpeakerWords.List.ACCORDING, norm) || words.is(SpeakerWords.List.ACCORDING, strip(norm));
    }

    /**
     * The cue token {@code i} is, or null. A verb the lexicon spells with a final ى (رأى، نفى) is not
     * read from a word written with ي: "تشيانغ راي" is a place, not "he saw".
     */
    private Cue cueAt(FieldView f, int i) {
        if (!f.isArabicOrLatin(i)) {
            return null;
        }
        if (f.cueDone[i]) {
            return f.memoCue[i];
        }
        Cue c = readCue(f, i);
        f.memoCue[i] = c;
        f.cueDone[i] = true;
        return c;
    }

    private Cue readCue(FieldView f, int i) {
        Cue c = cues.lookup(f.norm(i));
        if (c != null && c.form() == Form.PAST) {
            int s = f.ts.start(i);
            int k = s + (f.text.charAt(s) == 'و' || f.text.charAt(s) == 'ف' ? 1 : 0);
            if (k + 1 < f.ts.end(i) && f.text.charAt(k + 1) == '\u064F') {
                return null; // "كُتب عليها": a passive, whose subject did not speak
            }
        }
        if (c != null && c.form() == Form.PRESENT && c.lemma().equals(CLAIM) && f.text.charAt(lastLetter(f, i)) == '\u0649') {
            return null; // "يدعى": "is called", the passive written with ى (Egyptian spelling writes ينفى for ينفي, so only this verb)
        }
        if (c != null && withholdsName(f, i)) {
            return null; // "قال مسؤول، طلب عدم ذكر اسمه، إن …": the name is withheld, the statement is قال's
        }
        if (c != null && c.finalAlefMaqsura() && f.text.charAt(lastLetter(f, i)) == '\u064A') {
            return null;
        }
        return c;
    }

    /** Where token {@code i}'s last letter stands, diacritics and tatweel after it skipped. */
    private static int lastLetter(FieldView f, int i) {
        int s = f.ts.start(i);
        int k = f.ts.end(i) - 1;
        while (k > s && ArabicNormalizer.isDropped(f.text.charAt(k))) {
            k--;
        }
        return k;
    }

    /**
     * The token after an adverb or object that stands between a cue and its subject — how often ("مرة أخرى",
     * "أكثر من مرة"), how ("صراحة"), when ("عام 2007") — or {@code j}.
     */
    private int adverbEnd(FieldView f, int j, int limit) {
        String n = f.norm(j);
        if (AGAIN.contains(n) || MANNER.contains(n)) {
            return j + 1;
        }
        if (YEAR_WORDS.contains(n) && j + 1 < limit && f.ts.kind(j + 1) == TokenKind.NUMBER) {
            return j + 2;
        }
        boolean second = j + 1 < limit && f.isArabicOrLatin(j + 1);
        if (n.equals(TIME_NOUN) && second && COMPLEMENTIZERS.contains(f.norm(j + 1))) {
            return j + 1; // "وقال مرة إن": once
        }
        if (n.equals(TIME_NOUN) && second && OTHER_TIME.contains(f.norm(j + 1))
                || n.equals(ONCE) && second && f.norm(j + 1).equals(TIME_NOUN)) {
            return j + 2;
        }
        if (n.equals(MORE) && second && f.norm(j + 1).equals("من") && j + 2 < limit && f.isArabicOrLatin(j + 2)
                && f.norm(j + 2).equals(TIME_NOUN)) {
            return j + 3;
        }
        return j;
    }

    /** Whether token {@code i} lies in a clause withholding a source's name ("طلب عدم ذكر اسمه"). */
    private boolean withholdsName(FieldView f, int i) {
        for (int s = i; s >= Math.max(0, i - 4); s--) {
            if (withheldNameEnd(f, s) > i) {
                return true;
            }
        }
        return false;
    }

    /** The token after a clause withholding a name that starts at {@code s} ("لم يكشف عن هويته"), or -1. */
    private int withheldNameEnd(FieldView f, int s) {
        if (s >= f.n || !f.isArabicOrLatin(s)) {
            return -1;
        }
        boolean negative = WITHHOLDING_NEGATIVE.contains(f.norm(s));
        if (!negative && !WITHHOLDING.contains(f.norm(s))) {
            return -1;
        }
        for (int k = s + 1; k < Math.min(f.n, s + 6) && f.isArabicOrLatin(k); k++) {
            String n = f.norm(k);
            if (IDENTITY.contains(n)) {
                return negative ? k + 1 : -1;
            }
            negative |= WITHHOLDING_NEGATIVE.contains(n);
            if (!WITHHOLDING_MIDDLE.contains(n)) {
                return -1;
            }
        }
        return -1;
    }

    /** "مسؤول، طلب عدم ذكر اسمه، قال": the last token before the withholding clause that ends at {@code k}, or {@code k}. */
    private int beforeWithheldName(FieldView f, int k, int first) {
        int e = k >= first && f.isComma(k) ? k - 1 : k;
        if (e < first || !f.isArabicOrLatin(e) || !IDENTITY.contains(f.norm(e))) {
            return k;
        }
        for (int s = e - 1; s >= Math.max(first, e - 5); s--) {
            if (withheldNameEnd(f, s) == e + 1) {
                int b = s - 1;
                return b >= first && f.isComma(b) ? b - 1 : b;
            }
        }
        return k;
    }

    private boolean firstPerson(FieldView f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!f.isArabicOrLatin(k)) {
                continue;
            }
            String n = f.norm(k);
            if (FIRST_PERSON.contains(n) || n.length() > 4 && n.endsWith("نا") && !n.endsWith("انا")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "الانتخابات التركية: …", "حكاية مونديال 94: …", "مهرجان كان: …": a headline opening with a noun
     * naming an event or a story (list {@code topic}) names a topic, not a speaker. People named by common
     * nouns ("طبيبة بريطانية: …", "مسرب الفضيحة: …") are sources, so the list is of events, not of nouns.
     */
    private boolean topicWord(FieldView f, int k) {
        return f.isArabicOrLatin(k) && words.has(SpeakerWords.List.TOPIC, baseAt(f, k)) && !entityCovers(f, k, k + 1);
    }

    private boolean entityCovers(FieldView f, int from, int to) {
        int s = f.ts.start(from);
        int e = f.ts.end(to - 1);
        for (Entity en : entities) {
            for (TextSpan m : en.mentions()) {
                if (m.field() == f.field && m.start() <= s + 1 && m.end() >= e - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isCoordinatedVerb(String n) {
        return n.length() > 3 && n.charAt(0) == 'و' && (n.charAt(1) == 'ي' || n.charAt(1) == 'ت');
    }

    private boolean isPlaceOnly(FieldView f, int k) {
        // a single word the body uses after في: a place
        String n = f.norm(k);
        return counts.contains("في") && (counts.contains("ب" + n) || counts.contains("في" + n))
                && entityOfType(n, EntityType.LOC);
    }

    private boolean entityOfType(String norm, EntityType type) {
        for (Entity e : entities) {
            if (e.type() == type && ArabicNormalizer.normalize(e.name()).equals(norm)) {
                return true;
            }
        }
        return false;
    }

    private Speaker mainSpeaker() {
        Map<String, Integer> count = new HashMap<>();
        Map<String, Speaker> byName = new HashMap<>();
        for (Found q : found) {
            Speaker s = q.quote().speaker();
            if (s.kind() == SpeakerKind.ANONYMOUS) {
                continue;
            }
            count.merge(s.name(), 1, Integer::sum);
            byName.putIfAbsent(s.name(), s);
        }
        String best = null;
        int bestCount = 1;
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best == null ? null : byName.get(best);
    }

    // ------------------------------------------------------------------ openers and content

    /**
     * Where the statement begins after a cue and its subject: a colon, أن/إن/بأن, or an opening
     * quotation mark that is not around a name. Stops at the sentence end or at another cue, whose
     * index goes to {@code hit[0]}.
     */
    private Opener opener(FieldView f, int from, int limit, CueType type, int[] hit) {
        for (int j = from; j < limit; j++) {
            if (f.isStop(j)) {
                return null;
            }
            if (f.isColon(j)) {
                if (type == CueType.MARKED || type == CueType.INSIST) {
                    continue;
                }
                return new Opener(j, Opener.COLON);
            }
            if (f.isQuote(j)) {
                int close = f.marks.closeOf(j);
                if (close > j && type == CueType.INSIST) {
                    j = close;
                    continue;
                }
                if (close > j) {
                    boolean rightAfter = j == from && j > 0 && f.isArabicOrLatin(j - 1)
                            && !words.has(SpeakerWords.List.NAMEINTRO, lamAt(f, j - 1));
                    if (!rightAfter && (nameLike(f, j, close) || !introducesStatement(f, from, j, close))
                            || type != CueType.MARKED && namesBeforeComplementizer(f, j, close)) {
                        j = close;
                        continue;
                    }
                    return new Opener(j, Opener.MARK);
                }
                continue;
            }
            if (f.isPunct(j, '(')) {
                int k = j + 1;
                while (k < limit && k < j + 10 && !f.isPunct(k, ')')) {
                    k++;
                }
                if (k < limit && f.isPunct(k, ')')) {
                    j = k; // "قناة (سي إن إن)": the إن there is a letter name
                    continue;
                }
            }
            if (f.isComma(j) && j + 1 < limit && f.isArabicOrLatin(j + 1) && RELATIVES.contains(stripAt(f, j + 1))) {
                int k = j + 2;
                while (k < limit && !f.isComma(k) && !f.isStop(k) && !f.isColon(k)) {
                    k++;
                }
                if (k < limit && f.isComma(k)) {
                    j = k; // "، والذي دعا في السابق …،": a relative clause about the subject
                    continue;
                }
                if (k < limit && f.isColon(k)) {
                    j = k - 1; // "، الذي قام بتأليف المسلسل: "…"": the colon after it opens the statement
                    continue;
                }
            }
            if (!f.isArabicOrLatin(j)) {
                continue;
            }
            String n = f.norm(j);
            if (COMPLEMENTIZERS.contains(n) && (j == 0 || !NOT_BEFORE_COMPLEMENTIZER.contains(stripAt(f, j - 1)))
                    && !f.inAbbreviation(j)) {
                if (type == CueType.MARKED || type == CueType.INSIST && (j == from || !f.norm(j - 1).equals(ON))) {
                    continue;
                }
                return new Opener(j, Opener.COMPLEMENTIZER);
            }
            if ((n.equals("ان") || n.equals("انه") || n.equals("انها")) && j > from && f.norm(j - 1).equals("الا")) {
                continue;
            }
            Cue c = cueAt(f, j);
            if (c != null && j > from && !describesMedium(f, j, n)) {
                hit[0] = j;
                return null;
            }
            if (isAccording(n) && j > from) {
                return null;
            }
        }
        return null;
    }

    /**
     * The source named in marks before the cue's أن/إن: "وذكرت "رويترز" أن" (the marks are the subject),
     * "قال الناشر الإسباني "خوسي مانويل"، إنه" (a role with no name of its own takes the name in marks).
     */
    private Phrase nameInMarks(FieldView f, int from, Phrase subject, int limit) {
        int open = subject == null ? from : subject.end();
        if (subject != null && subject.end() - 1 > subject.start() && f.isQuote(subject.end() - 1)
                && f.marks.openOf(subject.end() - 1) > subject.start()) {
            open = f.marks.openOf(subject.end() - 1); // the phrase took the marks in: الناشر "بيدرو غاروسي"
        }
        if (open >= limit || !f.isQuote(open)) {
            return subject;
        }
        int close = f.marks.closeOf(open);
        if (close <= open + 1 || close >= limit || !namesBeforeComplementizer(f, open, close)) {
            return subject;
        }
        if (subject == null) {
            Phrase inside = new Phrase(open + 1, close, f.ts.start(open + 1), -1, -1, -1, -1);
            if (entityFor(f, f.ts.start(open + 1), f.ts.end(close - 1), null) != null || orgHead(f, open + 1)) {
                return inside;
            }
            Phrase named = nameIn(f, inside);
            return named.hasName() ? named : inside;
        }
        int s = subject.start();
        int before = open - 1;
        // "الناشر "X"": a definite title in apposition; not "ضيف "بوليتيكا"" (the guest of a programme),
        // "لمجلة "فوغ"" (said to a magazine) or "شركة "X"" (a name introduced)
        boolean apposition = before >= s && f.isArabicOrLatin(before) && definite(f.norm(before)) && !clitic(f.norm(before), 'ل')
                && !words.has(SpeakerWords.List.NAMEINTRO, stripLam(f.norm(before)));
        if (apposition && !subject.hasName() && subject.appStart() < 0 && !anonymousHead(f, s) && !orgHead(f, s) && !countryAt(f, s)
                && !words.has(SpeakerWords.List.MEDIUM, SpeakerWords.withoutArticle(stripLam(stripAt(f, s))))) {
            Phrase inside = nameIn(f, new Phrase(open + 1, close, f.ts.start(open + 1), -1, -1, -1, -1));
            if (inside.hasName() && inside.nameStart() == open + 1 && inside.nameEnd() == close) {
                return new Phrase(s, open, subject.charStart(), inside.nameStart(), inside.nameEnd(), -1, -1);
            }
        }
        return subject;
    }

    /**
     * Marks followed by the cue's own أن/إن hold a name, not what was said: "وذكرت "رويترز" أن …",
     * "قال الناشر "خوسي مانويل"، إنه …", "في تصريح لـ"الجوهرة أف أم" أن …" — the statement is the clause after
     * the complementizer. A short "، ومقرها لندن،" may stand between.
     */
    private boolean namesBeforeComplementizer(FieldView f, int open, int close) {
        int inner = f.words(open + 1, close);
        if (inner == 0 || inner > 6) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            if (f.isStop(k) || f.isColon(k)) {
                return false;
            }
        }
        int k = close + 1;
        if (k < f.n && f.isComma(k)) {
            k++;
            if (k < f.n && f.isArabicOrLatin(k) && f.norm(k).startsWith("ومقر")) {
                int stop = Math.min(f.n, k + 5);
                while (k < stop && !f.isComma(k) && !f.isStop(k)) {
                    k++;
                }
                if (k >= stop || !f.isComma(k)) {
                    return false;
                }
                k++;
            }
        }
        if (k + 1 < f.n && f.isArabicOrLatin(k) && TO_OR_ON.contains(f.norm(k))) {
            k++; // وأشارت "بلومبرغ" إلى أن
        }
        if (k >= f.n || !f.isArabicOrLatin(k) || f.inAbbreviation(k)) {
            return false;
        }
        String n = f.norm(k);
        return COMPLEMENTIZERS.contains(n);
    }

    /** "في حوار نقلته ماركا", "في تصريحات نقلتها الوكالة": a verb that only describes how it was said. */
    private boolean describesMedium(FieldView f, int j, String n) {
        return j > 0 && f.isArabicOrLatin(j - 1) && (n.endsWith("ه") || n.endsWith("ها"))
                && words.has(SpeakerWords.List.MEDIUM, SpeakerWords.withoutArticle(baseAt(f, j - 1)));
    }

    /**
     * A quotation far from its cue is a statement only when it is long or follows a comma, a colon, a
     * preposition or a pronoun phrase ("عن “أخطاء خطيرة”", "منها “مخاطر مرتفعة”"), not a verb of the
     * narration ("دعت إلى الابتعاد عما أسمتها “أعمال العنف”").
     */
    private boolean introducesStatement(FieldView f, int from, int open, int close) {
        if (f.words(open + 1, close) >= 4 || open == 0) {
            return true;
        }
        if ((close + 1 >= f.n || f.isStop(close + 1) || f.ts.lineBreakBefore(close + 1)) && adjunctsOnly(f, from, open)) {
            return true; // it ends the sentence after where it was said: "… في مؤتمر صحفي “إنهم سالمون”."
        }
        for (int k = open + 1; k < close; k++) {
            if (f.isStop(k)) {
                return true;
            }
        }
        int prev = open - 1;
        if (f.isComma(prev) || f.isColon(prev)) {
            return true;
        }
        if (!f.isArabicOrLatin(prev)) {
            return false;
        }
        String pn = f.norm(prev);
        return PREPOSITIONS.contains(pn) || PRONOUN_PP.contains(pn) || COMPLEMENTIZERS.contains(pn)
                || pn.length() > 2 && pn.charAt(0) == 'ب' && !definite(pn);
    }

    /** What stands between the subject and a quotation says where or when it was said (في، خلال، لـ، أمس). */
    private boolean adjunctsOnly(FieldView f, int from, int open) {
        for (int k = from; k < open; k++) {
            if (!f.isArabicOrLatin(k)) {
                continue;
            }
            String n = f.norm(k);
            return n.equals("في") || n.equals("خلال") || n.equals("عبر") || n.equals("امام") || n.equals("عند")
                    || words.has(SpeakerWords.List.TIME, n) || clitic(n, 'ل');
        }
        return true;
    }

    /** Quotation marks around a name, a title or a scare word rather than a statement. */
    private boolean nameLike(FieldView f, int open, int close) {
        int inner = f.words(open + 1, close);
        if (inner == 1) {
            // على "تويتر": a platform or an outlet in marks is a name, never a statement
            for (int k = open + 1; k < close; k++) {
                if (f.isArabicOrLatin(k) && (words.has(SpeakerWords.List.PLATFORM, baseAt(f, k))
                        || words.has(SpeakerWords.List.MEDIUM, baseAt(f, k)))) {
                    return true;
                }
            }
        }
        if (open == 0) {
            return false;
        }
        int prev = open - 1;
        if (!f.isArabicOrLatin(prev)) {
            return false;
        }
        String pn = f.norm(prev);
        if (f.rawEndsWith(prev, "بـ") || f.rawEndsWith(prev, "لـ") && inner <= 3) {
            return true;
        }
        if (words.has(SpeakerWords.List.NAMEINTRO, stripLam(pn))) {
            return true;
        }
        if (inner > 3) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            if (f.isStop(k)) {
                return false; // "كم عددكم؟": a sentence, said
            }
        }
        if (close + 1 >= f.n || f.isStop(close + 1) || f.ts.lineBreakBefore(close + 1)) {
            return false;
        }
        if (pn.length() > 2 && pn.charAt(0) == 'ل') {
            String head = SpeakerWords.withoutArticle(pn.substring(1));
            // لمراسلة “الجوهرة أف أم” names an outlet; للصحافيين “ندرس …” is said to someone
            return words.has(SpeakerWords.List.TITLE, head) || words.has(SpeakerWords.List.ORG, head)
                    || words.has(SpeakerWords.List.NAMEINTRO, head);
        }
        if (PREPOSITIONS.contains(pn) || PRONOUN_PP.contains(pn) || COMPLEMENTIZERS.contains(pn)
                || words.is(SpeakerWords.List.PARTICLE, pn) || cueAt(f, prev) != null) {
            return false;
        }
        if (pn.length() > 2 && (pn.charAt(0) == 'ب' || pn.charAt(0) == 'ل') && !definite(pn)) {
            return false; // بفرض “عقاب شديد”: a verbal noun's object
        }
        return true;
    }

    private Content content(FieldView f, Opener op) {
        int j = op.token() + 1;
        if (j >= f.n) {
            return null;
        }
        if (op.kind() == Opener.MARK) {
            int close = f.marks.closeOf(op.token());
            return span(f, op.token() + 1, close == f.n - 1 && !f.isQuote(close) ? f.n : close, true);
        }
        if (op.kind() == Opener.COLON) {
            if (f.isArabicOrLatin(j) && (f.norm(j).equals("ان") || f.norm(j).equals("انه")) && j + 1 < f.n) {
                j++;
            }
        }
        if (f.isQuote(j) && f.marks.closeOf(j) > j) {
            int close = f.marks.closeOf(j);
            int end = clauseEnd(f, j);
            if (close + 1 >= end || onlyPunctBetween(f, close + 1, end)) {
                return span(f, j + 1, f.isQuote(close) ? close : close + 1, true);
            }
            // "قال: "…"، وذلك بعد …", "قائلا إن "…"، مشيدا بـ …": the writer's words go on after the comma
            if (f.isQuote(close) && close + 1 < end && f.isComma(close + 1) && f.words(j + 1, close) >= 3
                    && !continuesStatement(f, close + 2, end)) {
                return span(f, j + 1, close, true);
            }
        }
        return span(f, j, clauseEnd(f, j), op.kind() == Opener.COLON);
    }

    /** After "…"،: a second clause of the same statement (وأن …، كما أن …، لكن "…") or more marked words. */
    private boolean continuesStatement(FieldView f, int k, int end) {
        if (k >= end) {
            return false;
        }
        if (f.isQuote(k)) {
            return true;
        }
        if (!f.isArabicOrLatin(k)) {
            return false;
        }
        String n = f.norm(k);
        if (n.length() > 2 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && COMPLEMENTIZERS.contains(n.substring(1))) {
            return true;
        }
        return (CONTRAST.contains(n) || n.equals("كما") || n.equals("وكما")) && k + 1 < end
                && (f.isQuote(k + 1) || f.isArabicOrLatin(k + 1) && COMPLEMENTIZERS.contains(f.norm(k + 1)));
    }

    private boolean finiteCueWithin(FieldView f, int from, int end, int max) {
        for (int k = from; k < Math.min(end, from + max); k++) {
            if (f.isStop(k)) {
                return false;
            }
            if (f.isArabicOrLatin(k)) {
                Cue c = cueAt(f, k);
                if (c != null && c.finite()) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean onlyPunctBetween(FieldView f, int from, int to) {
        for (int k = from; k < to; k++) {
            if (f.isWord(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a reported clause ends: the sentence's end, or a comma followed by another cue, an
     * "according to" or a contrastive particle with a cue (", مشيرا إلى", ", وفقا لـ", ", لكنه أكد").
     */
    private int clauseEnd(FieldView f, int from) {
        int end = f.sentEnd[Math.min(from, f.n - 1)];
        for (int j = from; j < end; j++) {
            if (j > from && f.ts.lineBreakBefore(j)) {
                return j;
            }
            if (f.isQuote(j) && f.marks.closeOf(j) > j) {
                j = Math.min(f.marks.closeOf(j), end - 1);
                continue;
            }
            if (f.isStop(j) && !f.quoted[j]) {
                return j;
            }
            if (j > from + 2 && f.isArabicOrLatin(j) && CONTRAST.contains(f.norm(j)) && finiteCueWithin(f, j + 1, end, 5)) {
                return j; // "… لكن وسائل الإعلام أوردت أن …": another source's clause
            }
            if (j > from + 2 && !f.quoted[j] && opensParticipleClause(f, j, end)) {
                return j; // "… المقترحة مؤكدا أن …": a participle cue opens the next statement, comma or not
            }
            if (f.isComma(j) && j + 1 < end) {
                int k = j + 1;
                if (f.isArabicOrLatin(k) && (words.is(SpeakerWords.List.PARTICLE, stripAt(f, k)) || f.norm(k).equals("وذلك"))
                        && k + 1 < end) {
                    k++; // "، وذلك وفقا لما قاله"
                }
                if (otherSpeakerClause(f, k, end)) {
                    return j; // "…، الذي تقول بريطانيا إن …", "…، في حين قالت الوزارة إن …"
                }
                if (mediumAfter(f, k, end)) {
                    return j; // "…، في تصريحات أدلى بها لوكالة …": where it was said, after what was said
                }
                if (f.isArabicOrLatin(k)) {
                    String n = f.norm(k);
                    if (cueAt(f, k) != null || isAccording(n)) {
                        return j;
                    }
                    if (k + 1 < end && f.isArabicOrLatin(k + 1)) {
                        Cue c2 = cueAt(f, k + 1);
                        if (c2 != null && c2.form() == Form.PARTICIPLE && n.length() > 3 && n.charAt(0) == 'م') {
                            return j; // ", مكتفية بالقول"
                        }
                    }
                }
            }
        }
        return end;
    }

    /**
     * A relative clause or "في حين" with its own speech verb and statement after a comma: "، الذي تقول
     * بريطانيا إن"، "، والذي قال إن"، "، في حين قالت الوزارة إن". Its verb is found within five words.
     */
    private boolean otherSpeakerClause(FieldView f, int k, int end) {
        if (k + 1 >= end || !f.isArabicOrLatin(k)) {
            return false;
        }
        int from;
        if (RELATIVES.contains(stripAt(f, k))) {
            from = k + 1;
        } else if (f.norm(k).equals("في") && f.isArabicOrLatin(k + 1) && f.norm(k + 1).equals("حين")) {
            from = k + 2;
        } else {
            return false;
        }
        for (int c = from; c < Math.min(end, from + 5); c++) {
            if (!f.isArabicOrLatin(c)) {
                return false;
            }
            Cue cue = cueAt(f, c);
            if (cue != null) {
                return cue.finite() && cue.type() != CueType.MARKED
                        && opener(f, c + 1, Math.min(end, c + 1 + MAX_WINDOW), cue.type(), new int[] {-1}) != null;
            }
        }
        return false;
    }

    /** "، في تصريحات أدلى بها لوكالة …" up to the sentence's end, with no statement of its own: the medium. */
    private boolean mediumAfter(FieldView f, int k, int end) {
        if (k + 1 >= end || !f.isArabicOrLatin(k) || !f.norm(k).equals("في") || !f.isArabicOrLatin(k + 1)
                || !words.has(SpeakerWords.List.MEDIUM, SpeakerWords.withoutArticle(f.norm(k + 1)))) {
            return false;
        }
        for (int c = k + 2; c < end && !f.isStop(c); c++) {
            if (f.isQuote(c) && f.marks.closeOf(c) > c && !nameLike(f, c, f.marks.closeOf(c))
                    || f.isColon(c) || f.isComma(c) || f.isArabicOrLatin(c) && COMPLEMENTIZERS.contains(f.norm(c))) {
                return false;
            }
            if (c > k + 11) {
                return false;
            }
        }
        return true;
    }

    /** A participle cue at {@code j} whose own statement follows at once (مؤكدا أن، مشيرة إلى أن، مضيفا: "…"). */
    private boolean opensParticipleClause(FieldView f, int j, int end) {
        if (!f.isArabicOrLatin(j) || j + 1 >= end) {
            return false;
        }
        Cue c = cueAt(f, j);
        if (c == null || c.form() != Form.PARTICIPLE || c.type() != CueType.SPEECH) {
            return false;
        }
        int k = j + 1;
        if (f.isArabicOrLatin(k) && (f.norm(k).equals("الي") || f.norm(k).equals("علي")) && k + 1 < end) {
            k++;
        }
        return f.isColon(k) || f.isArabicOrLatin(k) && COMPLEMENTIZERS.contains(f.norm(k));
    }

    /** Content over tokens [from, to), trimmed of marks and punctuation at both ends; null when it holds no word. */
    private Content span(FieldView f, int from, int to, boolean direct) {
        to = Math.min(to, f.n);
        while (from < to && !f.isWord(from) && !(f.isQuote(from) && f.marks.closeOf(from) > from
                && f.marks.closeOf(from) < to - 1)) {
            from++;
        }
        while (to > from && !f.isWord(to - 1) && !(f.isQuote(to - 1) && f.marks.openOf(to - 1) >= from)
                && !isKeptFinalPunct(f, to - 1)) {
            to--;
        }
        if (from >= to || f.words(from, to) == 0) {
            return null;
        }
        int sc = f.ts.start(from);
        // a leading و joined to the first word belongs to the narration ("وكان روبوشون يعاني" → "كان …")
        if (f.isArabicOrLatin(from) && f.ts.end(from) - f.ts.start(from) >= 3 && f.ts.firstChar(from) == 'و'
                && !words.known(f.norm(from)) && conjunctionJoined(f.norm(from))
                && !direct && cueAt(f, from) == null && f.field == Field.TEXT && startsSentence(f, from)) {
            sc++;
        }
        int ec = f.ts.end(to - 1);
        for (int k = from; k < to; k++) {
            f.consumed[k] = true;
        }
        return new Content(sc, ec, from, to, direct);
    }

    /** Whether a word's first و is the conjunction: not in the verbs whose root opens with it ("وصل", "وقع", "وجه"). */
    private static boolean conjunctionJoined(String n) {
        return !WAW_ROOTS.contains(n);
    }

    private boolean isKeptFinalPunct(FieldView f, int k) {
        if (f.ts.kind(k) != TokenKind.PUNCT) {
            return false;
        }
        char c = f.ts.firstChar(k);
        return c == '!' || c == '?' || c == '\u061F' || c == ')';
    }

    private boolean startsSentence(FieldView f, int k) {
        return f.sentFirst[k] == k;
    }

    // ------------------------------------------------------------------ speaker phrases

    private Phrase subjectAfter(FieldView f, int from, int limit) {
        return subjectAfter(f, from, limit, false);
    }

    /**
     * Whether the token before {@code from} is a speech verb opening its clause ("وقال أمس الوزير"), so a
     * noun phrase after a time word is its subject — not after a verb whose subject came first ("كونتي حذّر
     * الأربعاء المفوضية") or one that takes an object ("ووصف الخميس الاتهام").
     */
    private boolean opensWithSpeechVerb(FieldView f, int from) {
        int v = from - 1;
        if (v < 0 || !f.isArabicOrLatin(v)) {
            return false;
        }
        Cue c = cueAt(f, v);
        if (c == null || c.type() != CueType.SPEECH || !c.finite()) {
            return false;
        }
        // "وكانت السفيرة قد أكدت الجمعة ضرورة …": قد binds to the verb; look before it
        int b = beforeQad(f, v - 1, f.sentFirst[v]);
        char first = f.ts.firstChar(b == v - 1 ? v : b + 1);
        return first == 'و' || first == 'ف' || b < f.sentFirst[v] || f.ts.kind(b) == TokenKind.PUNCT
                || f.isArabicOrLatin(b) && words.is(SpeakerWords.List.PARTICLE, f.norm(b)) && !f.norm(b).equals("قد");
    }

    /** A statement noun with a possessive pronoun: "كلامه", "حديثها", "تصريحاته" — what was said, not who. */
    private boolean ownStatement(String n) {
        int cut = n.endsWith("ها") || n.endsWith("هم") ? 2 : n.endsWith("ه") ? 1 : 0;
        if (cut == 0 || n.length() - cut < 3) {
            return false;
        }
        String stem = n.substring(0, n.length() - cut);
        if (stem.endsWith("ت")) {
            stem = stem.substring(0, stem.length() - 1) + "ه"; // كلمته → كلمه
        }
        return stem.equals("كلام") || words.has(SpeakerWords.List.MEDIUM, stem);
    }

    /** ب + an indefinite noun + له/لها/لهم: "بتغريدة له", "بتصريحات لها". */
    private boolean byNounWithPronoun(FieldView f, int j, int limit) {
        String n = f.norm(j);
        return j + 1 < limit && n.length() > 3 && n.charAt(0) == 'ب' && !definite(n) && f.isArabicOrLatin(j + 1)
                && (f.norm(j + 1).equals("له") || f.norm(j + 1).equals("لها") || f.norm(j + 1).equals("لهم"));
    }

    /**
     * The noun phrase a cue's subject is, from {@code from}: skips a short pronoun phrase (أعلن عنها
     * مكتب العمدة), stops at prepositional adjuncts, time words, complementizers, punctuation, other
     * cues, and marks that are not around a name; takes one apposition after a comma.
     */
    private Phrase subjectAfter(FieldView f, int from, int limit, boolean afterPreposition) {
        int j = from;
        while (j < limit && f.isArabicOrLatin(j)) {
            if (PRONOUN_PP.contains(f.norm(j)) || !afterPreposition && j == from && from > 0 && cueAt(f, from - 1) != null
                    && ownStatement(f.norm(j))) {
                j++; // "أنهى حديثه بالقول"
            } else if (!afterPreposition && words.has(SpeakerWords.List.TIME, stripAt(f, j)) && !TIME_PREPOSITIONS.contains(stripAt(f, j))
                    && opensWithSpeechVerb(f, from)) {
                j++; // "وقال أمس وزير الخارجية": when, then who
            } else if (byNounWithPronoun(f, j, limit)) {
                j += 2; // "أوضح بتغريدة له", "قال بتصريح لها": how it was said, not who
            } else if (!afterPreposition && j == from && REFLEXIVE.contains(f.norm(j))) {
                return null; // "يصف نفسه بأنه", "تعتبر نفسها زعيمة": the subject stands before the verb
            } else if (!afterPreposition && adverbEnd(f, j, limit) > j) {
                j = adverbEnd(f, j, limit); // "وشدد مرة أخرى على أن", "وكرر أكثر من مرة أنه": how often, not who
            } else {
                break;
            }
        }
        if (j >= limit || !startsPhrase(f, j, afterPreposition)) {
            return null;
        }
        int start = j;
        int end = phraseEnd(f, j, limit);
        if (end <= start) {
            return null;
        }
        boolean apposition = end < limit && f.isComma(end);
        if (orgHead(f, start)) {
            end = orgEnd(f, start, end, false);
        } else if (!apposition && words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(baseAt(f, start)))
                && !nameIn(f, new Phrase(start, end, f.ts.start(start), -1, -1, -1, -1)).hasName()) {
            end = orgEnd(f, start, end, true); // "وصف المسؤول الصيني التراشق …": the role, not its object
        }
        if (end - 1 > start && f.isArabicOrLatin(end - 1) && f.norm(end - 1).equals("عن")) {
            end--; // "ممثل عن" cut before its party
        }
        int charStart = f.ts.start(start);
        String sn = f.norm(start);
        if (afterPreposition && sn.length() > 3 && sn.charAt(0) == 'ل' && !sn.startsWith("لل")) {
            charStart++;
        }
        Phrase p = nameIn(f, new Phrase(start, end, charStart, -1, -1, -1, -1));
        if (p.hasName() && RELATIVES_OF.contains(SpeakerWords.withoutArticle(lamAt(f, start)))) {
            // "والدة الشهيد عاطف الجبري"، "زوجة الرئيس بشار الأسد": the name is the relative's, not the speaker's
            p = new Phrase(start, end, charStart, -1, -1, -1, -1);
        }
        // apposition: "المدعي العام في الولاية، جوش شابيرو،" / "جيمس كلابر، الرئيس السابق لـ…"
        if (end < limit && f.isComma(end) && end + 1 < limit && startsPhrase(f, end + 1, false)) {
            int aEnd = phraseEnd(f, end + 1, limit);
            if (aEnd > end + 1) {
                Phrase a = nameIn(f, new Phrase(end + 1, aEnd, f.ts.start(end + 1), -1, -1, -1, -1));
                if ((!a.hasName() || a.nameStart() > end + 1 || a.nameEnd() < aEnd) && !definite(f.norm(end + 1))
                        && !words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(lamAt(f, end + 1)))
                        && personMentionSpans(f, f.ts.start(end + 1), f.ts.end(aEnd - 1))) {
                    a = a.withName(end + 1, aEnd); // "، جوزيه مورينيو،": a person the tagger knows, first name and all
                }
                // "مدرب مانشستر يونايتد، جوزيه مورينيو": the "name" after the title's complement is the team's
                boolean complementName = p.hasName() && p.nameStart() > p.start() && !titlesOnly(f, p.start(), p.nameStart())
                        && words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(lamAt(f, p.start())))
                        && !onBehalfOfRole(f, p) && !(f.isArabicOrLatin(p.nameStart() - 1) && f.norm(p.nameStart() - 1).equals("باسم"));
                boolean nameOnly = a.hasName() && (titlesOnly(f, a.start(), a.nameStart())
                        || !p.hasName() && aEnd < limit && f.isComma(aEnd) && descriptorsOnly(f, a.start(), a.nameStart()))
                        && a.nameEnd() == aEnd
                        && (!p.hasName() || complementName) && !orgHead(f, p.start())
                        && (!anonymousHead(f, p.start()) || a.nameEnd() - a.nameStart() >= 2 && !onBehalfOfRole(f, p));
                boolean titleOnly = p.hasName() && !a.hasName() && words.has(SpeakerWords.List.TITLE, lamAt(f, a.start()));
                if (nameOnly) {
                    p = new Phrase(p.start(), p.end(), p.charStart(), a.nameStart(), a.nameEnd(), end + 1, aEnd);
                } else if (titleOnly) {
                    p = p.withApposition(end + 1, aEnd);
                }
            }
        }
        Phrase author = authorOfStatement(f, p, limit);
        return author != null ? author : p;
    }

    /**
     * The author of a statement, report or figures named as the subject: "بيان أصدرته الوزارة" → الوزارة,
     * "استطلاع للرأي أجراه مركز …" → مركز …, "أرقام الحكومة الهندية" → الحكومة الهندية; null when the
     * phrase names no author, or is no statement.
     */
    private Phrase authorOfStatement(FieldView f, Phrase p, int limit) {
        String head = SpeakerWords.withoutArticle(lamAt(f, p.start()));
        if (!words.has(SpeakerWords.List.MEDIUM, head) && !REPORT_HEADS.contains(head)) {
            return null;
        }
        int next = p.start() + 1;
        if (next < limit && f.isArabicOrLatin(next) && !definite(f.norm(p.start()))) {
            String base = baseAt(f, next);
            // "أرقام الحكومة", "بيان للحكومة": the author is the complement
            if (f.norm(next).charAt(0) == 'ل' && !f.norm(next).startsWith("لل") || definite(f.norm(next))) {
                if (words.has(SpeakerWords.List.ORG, SpeakerWords.withoutArticle(base))
                        || words.has(SpeakerWords.List.COUNTRY, base)) {
                    Phrase a = subjectAfter(f, next, limit, true);
                    if (a != null && sourceLike(f, a)) {
                        return a;
                    }
                }
            }
        }
        for (int k = next; k < Math.min(limit, p.end() + 3); k++) {
            if (!f.isArabicOrLatin(k)) {
                return null;
            }
            if (AUTHOR_VERBS.contains(f.norm(k))) {
                Phrase a = subjectAfter(f, k + 1, limit);
                return a != null && sourceLike(f, a) ? a : null;
            }
        }
        return null;
    }

    private boolean startsPhrase(FieldView f, int j, boolean afterPreposition) {
        if (!f.isArabicOrLatin(j)) {
            return false;
        }
        String n = f.norm(j);
        if (NP_STOP.contains(n) || NP_STOP.contains(strip(n)) || PREPOSITIONS.contains(n) || COMPLEMENTIZERS.contains(n) || n.equals("في")
                || words.is(SpeakerWords.List.PARTICLE, n) || words.has(SpeakerWords.List.TIME, n)
                || cueAt(f, j) != null || isAccording(n) || withheldNameEnd(f, j) > 0) {
            return false;
        }
        if (n.equals("ما") || n.equals("من") || n.equals("مما")) {
            return false;
        }
        if (!afterPreposition && clitic(n, 'ل')) {
            return false;
        }
        if (n.length() > 3 && n.charAt(0) == 'ب' && (common.contains(n.substring(1)) || definite(n.substring(1))
                || verbalNounTafil(n, 1))) {
            return false; // بدراسة التعديلات، بامتلاك الحزب
        }
        return true;
    }

    /** Whether {@code n} is a word with a clitic {@code c} in front: لوكالة, لبي (بي سي), للصحافيين. */
    private boolean clitic(String n, char c) {
        if (n.length() < 3 || n.charAt(0) != c) {
            return false;
        }
        if (c == 'ل' && n.startsWith("لل")) {
            return true;
        }
        String rest = n.substring(1);
        String bare = SpeakerWords.withoutArticle(rest);
        return counts.contains(rest) || words.has(SpeakerWords.List.ORG, bare)
                || words.has(SpeakerWords.List.ANONYMOUS, bare) || words.has(SpeakerWords.List.MEDIUM, bare)
                || words.has(SpeakerWords.List.TITLE, bare) || PRONOUN_PP.contains(n);
    }

    private int phraseEnd(FieldView f, int start, int limit) {
        int j = start;
        int end = start;
        boolean named = false;
        while (j < limit && j - start < 14) {
            if (f.isQuote(j)) {
                int close = f.marks.closeOf(j);
                if (close > j && close < limit && nameLike(f, j, close)) {
                    j = close + 1;
                    end = j;
                    continue;
                }
                break;
            }
            if (f.isPunct(j, '(')) {
                int k = j + 1;
                while (k < limit && k < j + 8 && !f.isPunct(k, ')')) {
                    k++;
                }
                if (k < limit && f.isPunct(k, ')')) {
                    j = k + 1;
                    end = j;
                    continue;
                }
                break;
            }
            if (f.isPunct(j, '-') && j > start && f.ts.start(j) == f.ts.end(j - 1) && j + 1 < limit
                    && f.ts.end(j) == f.ts.start(j + 1)) {
                j++;
                continue;
            }
            if (f.ts.kind(j) == TokenKind.HASHTAG && j > start) {
                j++;
                end = j; // "باسم #وزارة_التربية"
                continue;
            }
            if (!f.isArabicOrLatin(j)) {
                break;
            }
            String n = f.norm(j);
            if (j > start && n.equals("عن") && representsAt(f, start, j, limit)) {
                j++; // "النائب عن حركة النهضة سمير ديلو": whom the member sits for is part of the title
                continue;
            }
            if (j > start) {
                if (NP_STOP.contains(n) || COMPLEMENTIZERS.contains(n) || words.has(SpeakerWords.List.TIME, n)
                        || cueAt(f, j) != null && !f.norm(j - 1).equals(NOT) // "تقارير غير مؤكدة": an adjective
                        || isAccording(n) || withheldNameEnd(f, j) > 0
                        || words.is(SpeakerWords.List.PARTICLE, n)) {
                    break;
                }
                if (n.equals("في") && j + 1 < limit && (!f.isArabicOrLatin(j + 1) || words.has(SpeakerWords.List.MEDIUM, f.norm(j + 1))
                        || words.has(SpeakerWords.List.TIME, f.norm(j + 1)) || words.has(SpeakerWords.List.PLATFORM, f.norm(j + 1)))) {
                    break;
                }
                if (n.equals("في") && j + 1 >= limit) {
                    break;
                }
                if (n.equals("من") && j + 1 < limit && f.isArabicOrLatin(j + 1) && COMPLEMENTIZERS.contains(f.norm(j + 1))) {
                    break; // "وحذر خبراء اقتصاديون من أن": what they warn of, not who
                }
                if (n.equals("في") && j + 2 < limit && f.isArabicOrLatin(j + 2) && words.has(SpeakerWords.List.TIME, f.norm(j + 2))) {
                    break; // في العام الماضي
                }
                if (clitic(n, 'ل') && !n.startsWith("لل") && f.isArabicOrLatin(j - 1)
                        && !expectsComplement(f.norm(j - 1)) && !words.has(SpeakerWords.List.TITLE, f.norm(j - 1))
                        && (!definite(f.norm(j - 1)) && j - start >= 2 || definite(f.norm(j - 1))
                        && words.has(SpeakerWords.List.ORG, SpeakerWords.withoutArticle(n.substring(1))))
                        && !roleOfInstitution(f, start, j, n)) {
                    break; // "مصدر دبلوماسي فرنسي لوكالة الأنباء": said to
                }
                if (clitic(n, 'ل') && !definite(n) && (named || lastIsName(f, start, j))) {
                    break; // "وقال روبوشون لإحدى المجلات": the addressee
                }
                if (toldTo(f, j, limit, words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(lamAt(f, start))))) {
                    break; // "مصدر أمني للجوهرة أف أم", "أحد السكان لبي بي سي", "نويرت للصحافيين": whom it was said to
                }
                if (n.charAt(0) == 'ب' && verbalNounTafil(n, 1) && definite(f.norm(j - 1)) && f.isArabicOrLatin(j - 1)) {
                    break; // "وأوصت الدراسة بتوسيع …": the verb's complement, not the subject's
                }
                if (n.length() > 3 && n.charAt(0) == 'ب' && !definite(n) && frequency(n) < 2
                        && !(j + 1 < limit && (f.isComma(j + 1) || f.isColon(j + 1)))
                        && (named || lastIsName(f, start, j))) {
                    break; // "ترامب بفرض …" (a surname like بيسكوف recurs in the article)
                }
            }
            end = j + 1;
            j++;
        }
        return end;
    }

    /**
     * Whether the عن at {@code j} names whom a member or a representative sits for: the phrase opens with نائب or ممثل
     * (and at most an adjective: "النائبة المستقلة عن"), and a party, bloc, region or country follows.
     */
    private boolean representsAt(FieldView f, int start, int j, int limit) {
        if (j - start > 2 || j + 1 >= limit || !REPRESENTS.contains(SpeakerWords.withoutArticle(stripAt(f, start)))) {
            return false;
        }
        if (j - start == 2 && !(f.isArabicOrLatin(start + 1) && definite(f.norm(start + 1)) == definite(stripAt(f, start)))) {
            return false;
        }
        int k = j + 1;
        return f.isQuote(k) || f.ts.kind(k) == TokenKind.HASHTAG
                || f.isArabicOrLatin(k) && (orgHead(f, k) || PLACE_HEADS.contains(baseAt(f, k)) || countryAt(f, k));
    }

    /**
     * ل + an outlet, a reporter or the press ("لمراسل", "للجوهرة", "لـCNN", "لبي بي سي", "للصحافيين"): said to —
     * for an outlet, only when the phrase does not open with a role.
     */
    private boolean toldTo(FieldView f, int j, int limit, boolean afterRole) {
        String n = f.norm(j);
        if (n.length() < 2 || n.charAt(0) != 'ل') {
            return false;
        }
        if ((n.equals("ل") || f.ts.text(j).startsWith("لـ") && n.length() <= 2) && j + 1 < limit
                && f.ts.kind(j + 1) == TokenKind.LATIN) {
            return true; // "لـ CNN"
        }
        if (n.equals("لبي") && j + 1 < limit && f.isArabicOrLatin(j + 1) && f.norm(j + 1).equals("بي")) {
            return true;
        }
        String rest = n.startsWith("لل") ? n.substring(2) : n.substring(1);
        // after a role an outlet may be its own institution ("المدير التنفيذي لموقع فيسبوك"): roleOfInstitution decides
        return !afterRole && OUTLETS.contains(rest) || ADDRESSEES.contains(rest);
    }

    /**
     * "الرئيس المشترك لمجلس سوريا الديمقراطية": a title and its adjectives, then ل + an institution that
     * is no outlet — the role's own institution, not whom it was said to ("قال الوزير الفرنسي لصحيفة …").
     */
    private boolean roleOfInstitution(FieldView f, int start, int j, String n) {
        if (!words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(lamAt(f, start)))
                || !words.has(SpeakerWords.List.ORG, SpeakerWords.withoutArticle(n.substring(1)))
                || OUTLETS.contains(SpeakerWords.withoutArticle(n.substring(1)))) {
            return false;
        }
        for (int k = start + 1; k < j; k++) {
            if (!f.isArabicOrLatin(k) || !definite(f.norm(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an organization's name ends: its head, the complements it governs and the adjectives
     * with ال after them ("وزارة الدفاع الروسية", "مكتب عمدة أمستردام", "الشرطة الهولندية"), not
     * the object that follows ("الشرطة الهولندية هوية المشتبه به").
     */
    private int orgEnd(FieldView f, int start, int end, boolean strict) {
        boolean expects = expectsComplement(f.norm(start));
        boolean afterMark = false;
        int k = start + 1;
        while (k < end) {
            if (f.isQuote(k) && f.marks.closeOf(k) > k) {
                k = f.marks.closeOf(k) + 1;
                expects = false;
                afterMark = true;
                continue;
            }
            if (f.isPunct(k, '(')) {
                int c = k + 1;
                while (c < end && !f.isPunct(c, ')')) {
                    c++;
                }
                if (c >= end) {
                    return k;
                }
                k = c + 1;
                continue;
            }
            if (!f.isArabicOrLatin(k)) {
                return k;
            }
            String n = f.norm(k);
            if (expects) {
                // "مسؤول في سلاح الجو الإسرائيلي", "خبير في مجال الطيران": في hands the complement on, and a
                // noun without the article after it governs the next one
                boolean afterIn = f.isArabicOrLatin(k - 1) && f.norm(k - 1).equals("في");
                expects = n.equals("في") || expectsComplement(n) || afterIn && !definite(n);
            } else if (definite(n) && (!(afterMark || strict) || n.endsWith("ي") || n.endsWith("يه") || listed(n)
                    || n.equals(UNITED))) {
                expects = false; // UNITED: "سفير الولايات المتحدة", "الأمم المتحدة", "المملكة المتحدة"
            } else if (n.equals("باسم")) {
                expects = true; // "المتحدثة باسم الخارجية"
            } else if (n.length() > 3 && n.charAt(0) == 'ل' && !n.startsWith("لل") && k + 1 < end
                    && f.isArabicOrLatin(k + 1) && definite(f.norm(k + 1)) && !afterMark) {
                expects = true; // "المرصد السوري لحقوق الإنسان", "الاتحاد الدولي لكرة القدم"
            } else if (n.equals("للانباء")) {
                expects = false; // "وكالة تونس أفريقيا للأنباء"
            } else if (n.length() > 3 && (n.charAt(0) == 'ب' || n.charAt(0) == 'ل') && (definite(n.substring(1))
                    || words.has(SpeakerWords.List.ORG, n.substring(1)))) {
                expects = expectsComplement(n.substring(1)); // "السلطات بمقاطعة جيلين"
            } else if (f.ts.kind(k) == TokenKind.LATIN) {
                expects = false; // "قناة CNN"
            } else {
                return k;
            }
            k++;
        }
        return end;
    }

    private boolean lastIsName(FieldView f, int start, int j) {
        Phrase p = nameIn(f, new Phrase(start, j, f.ts.start(start), -1, -1, -1, -1));
        return p.hasName() && p.nameEnd() == j;
    }

    /** Finds a person's name inside a phrase, after its titles ("المتحدث باسم الرئاسة الروسية ديمتري بيسكوف"). */
    private Phrase nameIn(FieldView f, Phrase p) {
        if (anonymousHead(f, p.start()) || orgHead(f, p.start()) || countryAt(f, p.start())) {
            return p;
        }
        int prevWord = -1;
        boolean inPlace = false;
        for (int k = p.start(); k < p.end(); k++) {
            if (!f.isArabicOrLatin(k)) {
                if (f.isQuote(k)) {
                    int close = f.marks.closeOf(k);
                    if (close > k) {
                        k = close; // a name in marks ("ناتو") names an organization, not the speaker
                        prevWord = -1; // … and fills the complement: "الناطق باسم "غرفة العمليات" ابراهيم الجباوي"
                    }
                    continue;
                }
                prevWord = -1;
                continue;
            }
            String n = f.norm(k);
            if (prevWord >= 0 && n.endsWith("ي") && isCommon(f, prevWord) && !definite(f.norm(prevWord))) {
                prevWord = k;
                continue; // "منشور تحذيري": an adjective
            }
            if (PLACE_HEADS.contains(SpeakerWords.withoutArticle(stripLam(strip(n))))) {
                inPlace = true; // "حاكم مقاطعة تشيانغ راي": the place's name, not the governor's
                prevWord = k;
                continue;
            }
            if (inPlace && !definite(n) && !words.has(SpeakerWords.List.TITLE, n)) {
                prevWord = k;
                continue;
            }
            inPlace = false;
            boolean candidate = nameCandidate(f, k) && (!isCommon(f, k) || rareNameWordAt(f, k + 1, p.end()))
                    && (prevWord < 0 || !expectsComplement(f.norm(prevWord)))
                    && (prevWord < 0 || !PREPOSITIONS.contains(f.norm(prevWord)))
                    && !(prevWord >= 0 && definite(f.norm(prevWord)) && n.charAt(0) == 'ل')
                    && !(k + 1 < p.end() && f.isQuote(k + 1) && f.marks.closeOf(k + 1) > k + 1);
            if (candidate && !words.has(SpeakerWords.List.COUNTRY, n) && !words.has(SpeakerWords.List.COUNTRY, strip(n))) {
                int e = k + 1;
                int count = 1;
                while (e < p.end() && count < 6) {
                    if (f.isPunct(e, '-') && e + 1 < p.end() && f.ts.start(e) == f.ts.end(e - 1)) {
                        e += 2;
                        continue;
                    }
                    if (!f.isArabicOrLatin(e)) {
                        break;
                    }
                    String m = f.norm(e);
                    boolean def = definite(m) && !hamzaAl(f, e);
                    if (NAME_PARTICLES.contains(m) || LINEAGE.contains(f.norm(e - 1)) && !PREPOSITIONS.contains(m)
                            && !COMPLEMENTIZERS.contains(m)
                            || (nameCandidate(f, e) && !def && (!isCommon(f, e) || rareNameWordAt(f, e + 1, p.end())))
                            || (def && !listed(m) && (count == 1 && isNameContext(f, k, e) || m.endsWith("ي")) && count < 3)) {
                        e++;
                        count++;
                        continue;
                    }
                    break;
                }
                if (e > p.end()) {
                    e = p.end();
                }
                return p.withName(k, e);
            }
            prevWord = k;
        }
        return p;
    }

    /** After a one-word name, a word with ال is a family name (تامر السبهان) unless a title or word of the lists. */
    private boolean isNameContext(FieldView f, int nameStart, int e) {
        return !words.has(SpeakerWords.List.TITLE, f.norm(e)) && !words.has(SpeakerWords.List.ORG, f.norm(e));
    }

    private boolean listed(String n) {
        return words.has(SpeakerWords.List.TITLE, n) || words.has(SpeakerWords.List.ORG, n)
                || words.has(SpeakerWords.List.TIME, n) || words.has(SpeakerWords.List.MEDIUM, n)
                || words.has(SpeakerWords.List.ANONYMOUS, n) || words.has(SpeakerWords.List.COUNTRY, n)
                || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون");
    }

    private boolean nameCandidate(FieldView f, int k) {
        if (!f.isArabicOrLatin(k) || f.inAbbreviation(k)) {
            return false; // "لشبكة (سي.بي.اس)": the letters of an outlet's abbreviation are no one's name
        }
        if (f.ts.kind(k) == TokenKind.LATIN) {
            return Character.isUpperCase(f.ts.firstChar(k));
        }
        String n = f.norm(k);
        if (definite(n) && !hamzaAl(f, k) || n.length() < 2) {
            return false;
        }
        if (n.equals("علي") && f.rawEndsWith(k, "\u064A")) {
            return true; // the name Ali, not the preposition على
        }
        if (f.rawEndsWith(k, "\u0627\u064B") || f.rawEndsWith(k, "\u064B\u0627") || f.rawEndsWith(k, "\u064B")) {
            return false; // tanween: an adverb or participle (معلقاً)
        }
        if (n.length() >= 5 && n.charAt(0) == 'م' && n.endsWith("ا") && k + 1 < f.n && f.isArabicOrLatin(k + 1)
                && (PREPOSITIONS.contains(f.norm(k + 1)) || f.norm(k + 1).charAt(0) == 'ب')) {
            return false; // معلقا على …
        }
        if (k + 1 < f.n && f.isArabicOrLatin(k + 1) && !definite(f.norm(k + 1))
                && words.has(SpeakerWords.List.ANONYMOUS, f.norm(k + 1))) {
            return false; // صوت أحد الصبيان: a noun governing its complement
        }
        if (clitic(n, 'ل') || COORD_VERB_AUX.contains(n)) {
            return false;
        }
        if (n.charAt(0) == 'ب' && verbalNounTafil(n, 1)) {
            return false; // "الدراسة بتوسيع استعمال …": a preposition and a verbal noun, no name
        }
        if (n.length() == 3 && n.endsWith("ه") && f.ts.kind(k) == TokenKind.ARABIC && !f.rawEndsWith(k, "\u0629")) {
            return false; // يده، له: a two-letter word with a pronoun
        }
        for (String suffix : PRONOUN_SUFFIXES) {
            if (n.length() > suffix.length() + 1 && n.endsWith(suffix)
                    && common.contains(n.substring(0, n.length() - suffix.length()))) {
                return false; // بينه، عدوه، ابنته: a word with a pronoun, not a name
            }
        }
        String bare = stripLam(n);
        return !(words.has(SpeakerWords.List.TITLE, bare) || words.has(SpeakerWords.List.ORG, bare)
                || words.has(SpeakerWords.List.ANONYMOUS, bare) || words.has(SpeakerWords.List.MEDIUM, bare)
                || words.has(SpeakerWords.List.TIME, n) || words.is(SpeakerWords.List.PARTICLE, n)
                || PREPOSITIONS.contains(n) || NP_STOP.contains(n) || COMPLEMENTIZERS.contains(n)
                || PRONOUN_PP.contains(n) || cueAt(f, k) != null || words.has(SpeakerWords.List.PLATFORM, n)
                || n.equals("باسم") || n.equals("شمال") || n.equals("جنوب") || n.equals("شرق") || n.equals("غرب")
                || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون") || isNisba(n));
    }

    /** "أليكسي", "ألبرتو": a name written with hamza, which the article ال never carries. */
    private static boolean hamzaAl(FieldView f, int k) {
        char c = f.ts.firstChar(k);
        return (c == '\u0623' || c == '\u0625') && f.norm(k).startsWith("ال");
    }

    /**
     * A verbal noun at {@code from} of the patterns تفعيل (توسيع، تعزيز), افتعال (امتلاك، انتخاب), انفعال
     * (انسحاب) or استفعال (استخدام), as in "بتوسيع"، "بامتلاك": no one's name.
     */
    private static boolean verbalNounTafil(String n, int from) {
        int len = n.length() - from;
        if (len == 5) {
            return n.charAt(from) == 'ت' && n.charAt(from + 3) == 'ي';
        }
        if (len == 6 && n.charAt(from) == 'ا' && n.charAt(from + 4) == 'ا') {
            return n.charAt(from + 2) == 'ت' || n.charAt(from + 1) == 'ن';
        }
        return len == 7 && n.startsWith("است", from) && n.charAt(from + 5) == 'ا';
    }

    /** A name word that is not a common word follows: "جاني إنفانتينو", "تامر السبهان". */
    private boolean rareNameWordAt(FieldView f, int k, int end) {
        if (k >= end || !f.isArabicOrLatin(k)) {
            return false;
        }
        String n = f.norm(k);
        if (LINEAGE.contains(n) && k + 1 < end && f.isArabicOrLatin(k + 1)) {
            return true; // "حمد بن جاسم", "تركي آل الشيخ": a common word before بن or آل is a given name
        }
        if (nameCandidate(f, k)) {
            return !isCommon(f, k);
        }
        if (f.ts.kind(k) == TokenKind.ARABIC && n.startsWith("ال") && !n.startsWith("لل")) {
            String bare = n.substring(2);
            return bare.length() >= 3 && !common.contains(bare) && !listed(n) && !bare.endsWith("يه");
        }
        return false;
    }

    /**
     * A word news writes with ال often enough to be a noun or adjective (نتائج، عاصفة) or a function
     * word (كان): a name starts with such a word only when a rarer name word follows (جاني إنفانتينو).
     */
    private boolean isCommon(FieldView f, int k) {
        String n = f.norm(k);
        return common.contains(n) || common.contains(strip(n));
    }

    /** An indefinite relational adjective (أمريكي، فرنسي، دبلوماسي) rather than a name. */
    private boolean isNisba(String n) {
        return n.length() >= 5 && n.endsWith("ي") && counts.contains("ال" + n);
    }

    private boolean expectsComplement(String n) {
        if (definite(n) || n.endsWith("ته") || n.endsWith("ها") || n.endsWith("هم")) {
            return false;
        }
        String bare = stripLam(n);
        return words.has(SpeakerWords.List.TITLE, bare) || words.has(SpeakerWords.List.ORG, bare)
                || n.equals("باسم") || n.equals("شمال") || n.equals("جنوب") || n.equals("شرق") || n.equals("غرب")
                || n.equals("وسط");
    }

    private boolean anonymousHead(FieldView f, int k) {
        String n = stripAt(f, k);
        if (words.has(SpeakerWords.List.TITLE, n)) {
            if (definite(n)) {
                return false;
            }
            // "مسؤول الملف": a title with a definite complement is one known person
            if (k + 1 < f.n && f.isArabicOrLatin(k + 1) && definite(f.norm(k + 1))) {
                return false;
            }
        }
        return words.has(SpeakerWords.List.ANONYMOUS, n);
    }

    /** A country (one or two words: "الولايات المتحدة") starts at token {@code k}. */
    private boolean countryAt(FieldView f, int k) {
        if (!f.isArabicOrLatin(k)) {
            return false;
        }
        String n = baseAt(f, k);
        if (words.is(SpeakerWords.List.COUNTRY, n)) {
            return true;
        }
        return k + 1 < f.n && f.isArabicOrLatin(k + 1) && words.is(SpeakerWords.List.COUNTRY, n + " " + f.norm(k + 1));
    }

    private boolean orgHead(FieldView f, int k) {
        return words.has(SpeakerWords.List.ORG, baseAt(f, k));
    }

    private boolean sourceLike(FieldView f, Phrase p) {
        for (int k = p.start() + 1; k < Math.min(p.end(), p.start() + 3); k++) {
            if (f.isArabicOrLatin(k) && (anonymousHead(f, k) || orgHead(f, k))) {
                return true; // "صوت أحد الصبيان"
            }
        }
        String n = lamAt(f, p.start());
        String bare = SpeakerWords.withoutArticle(n);
        return p.hasName() || words.has(SpeakerWords.List.ORG, bare) || words.has(SpeakerWords.List.TITLE, bare)
                || words.has(SpeakerWords.List.ANONYMOUS, bare) || words.has(SpeakerWords.List.MEDIUM, bare)
                || words.has(SpeakerWords.List.COUNTRY, n) || words.has(SpeakerWords.List.COUNTRY, bare)
                || bare.equals("مصادر") || bare.equals("تقرير") || bare.equals("تقارير") || bare.equals("دراسه")
                || bare.equals("احصاءات") || bare.equals("ارقام") || bare.equals("بيانات");
    }

    /**
     * Whether a phrase with a name inside opens with the name or with a word a source is named by (a title,
     * an organization …): "أهمية قطاع … وحفز الاستثمارات" (a verb's object) and "النيابة العامة قررت" (a subject
     * and its verb) name nobody who may speak later.
     */
    private boolean headedBySource(FieldView f, Phrase p) {
        return !p.hasName() || p.nameStart() == p.start()
                || sourceLike(f, new Phrase(p.start(), p.end(), p.charStart(), -1, -1, -1, -1));
    }

    /** A phrase that can be a speaker: a name known in the article, or an organization, country, role or unnamed source. */
    private boolean plausibleSource(FieldView f, Phrase p) {
        if (p.hasName()) {
            return p.nameEnd() - p.nameStart() >= 2 || frequency(f.norm(p.nameStart())) >= 2
                    || personEndingWith(tokensOf(f, p.nameStart(), p.nameEnd())) != null;
        }
        return sourceLike(f, p);
    }

    private int findLisan(FieldView f, int from, int limit) {
        for (int j = from; j + 1 < limit && j < from + 6; j++) {
            if (f.isArabicOrLatin(j) && f.norm(j).equals("علي") && f.isArabicOrLatin(j + 1) && f.norm(j + 1).equals("لسان")) {
                return j;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ resolving speakers

    private record Resolved(Speaker speaker, String evidence, Set<String> titles) {
    }

    private String lastEvidence;

    private Resolved resolve(FieldView f, Phrase p) {
        Set<String> titles = titlesOf(f, p);
        if (p.hasName()) {
            List<String> toks = tokensOf(f, p.nameStart(), p.nameEnd());
            Speaker fromEntity = entityFor(f, f.ts.start(p.nameStart()), f.ts.end(p.nameEnd() - 1), EntityType.PERS);
            if (fromEntity != null) {
                return new Resolved(fromEntity, "named subject (entity)", titles);
            }
            Person full = personEndingWith(toks);
            if (full == null || full.entitySpeaker() == null) {
                // "وتقول رولز رويس", "موديز:": a company the tagger knows speaks as itself
                Speaker org = entityFor(f, f.ts.start(p.nameStart()), f.ts.end(p.nameEnd() - 1), EntityType.ORG);
                if (org != null) {
                    return new Resolved(org, "named subject (organization entity)", titles);
                }
            }
            int ns = p.nameStart() == p.start() ? p.charStart() : f.ts.start(p.nameStart());
            String name = full != null && full.tokens().size() > toks.size() ? full.name()
                    : f.text.substring(ns, f.ts.end(p.nameEnd() - 1));
            if (full != null) {
                titles = union(titles, full.titles());
            }
            return new Resolved(new Speaker(null, name, SpeakerKind.PERSON), "named subject", titles);
        }
        int s = p.start();
        String head = stripAt(f, s);
        String phrase = phraseText(f, p);
        if (anonymousHead(f, s)) {
            Resolved again = sourceNamedBefore(f, p, phrase, titles);
            return again != null ? again : new Resolved(new Speaker(null, phrase, SpeakerKind.ANONYMOUS), "unnamed source", titles);
        }
        if (orgHead(f, s)) {
            Speaker e = entityFor(f, p.charStart(), f.ts.end(p.end() - 1), EntityType.ORG);
            if (e == null && p.end() - p.start() == 1 && definite(lamAt(f, s))) {
                Phrase named = orgNamedBefore(f, s);
                if (named != null) {
                    Resolved r = resolve(f, named);
                    return new Resolved(r.speaker, "organization named before: " + phrase + " → " + r.speaker.name(), titles);
                }
            }
            return new Resolved(e != null ? e : new Speaker(null, phrase, SpeakerKind.ORGANIZATION),
                    "organization as subject", titles);
        }
        if (countryAt(f, s)) {
            return new Resolved(new Speaker(null, phrase, SpeakerKind.COUNTRY), "country as subject", titles);
        }
        if (words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(stripLam(head)))) {
            Person holder = roleHolder(titles, SpeakerWords.withoutArticle(stripLam(head)), f.sentence[s], onBehalfOf(f, p));
            if (holder != null) {
                Speaker sp = holder.entitySpeaker() != null ? holder.entitySpeaker()
                        : new Speaker(null, holder.name(), SpeakerKind.PERSON);
                return new Resolved(sp, "role " + phrase + " → " + holder.name(), union(titles, holder.titles()));
            }
            Resolved again = sourceNamedBefore(f, p, phrase, titles);
            return again != null ? again : new Resolved(new Speaker(null, phrase, SpeakerKind.PERSON), "role, holder not named", titles);
        }
        // a bare word with no article and no list entry: most often a surname (أوغلو، بيسكوف)
        Person full = personEndingWith(tokensOf(f, p.start(), p.end()));
        if (full != null) {
            Speaker sp = full.entitySpeaker() != null ? full.entitySpeaker() : new Speaker(null, full.name(), SpeakerKind.PERSON);
            return new Resolved(sp, "named subject", full.titles());
        }
        Speaker e = entityFor(f, p.charStart(), f.ts.end(p.end() - 1), null);
        if (e != null) {
            return new Resolved(e, "subject (entity)", titles);
        }
        Resolved again = sourceNamedBefore(f, p, phrase, titles);
        if (again != null) {
            return again; // "ذات المصدر"
        }
        return new Resolved(new Speaker(null, phrase, SpeakerKind.OTHER), "subject", titles);
    }

    /**
     * "وأضاف المصدر" after "أعلن مصدر أمني مصري …", "وأشار المتحدث" after "وقال متحدث باسم الحملة …", "وحسب المصدر
     * نفسه": an unnamed source named again by its head alone, with the article, is the one the article introduced
     * with more words — the nearest earlier phrase opening with the same head — or null.
     */
    private Resolved sourceNamedBefore(FieldView f, Phrase p, String phrase, Set<String> titles) {
        int s = p.start();
        int h;
        int len = p.end() - s;
        if (len == 1) {
            h = s;
        } else if (len == 2 && f.isArabicOrLatin(s + 1) && SAME_AFTER.contains(f.norm(s + 1))) {
            h = s;
        } else if (len == 2 && SAME_BEFORE.contains(stripAt(f, s))) {
            h = s + 1;
        } else {
            return null;
        }
        String definite = stripAt(f, h);
        if (!definite.startsWith("ال") || !SOURCE_AGAIN.contains(definite.substring(2))) {
            return null;
        }
        String bare = definite.substring(2);
        for (int k = s - 1; k >= 0; k--) {
            if (!f.isArabicOrLatin(k)) {
                continue;
            }
            String b = baseAt(f, k);
            if (!b.equals(bare) && !b.equals(definite)) {
                continue;
            }
            String next = k + 1 < f.n && f.isArabicOrLatin(k + 1) ? f.norm(k + 1) : "";
            if (SAME_AFTER.contains(next) || b.equals(definite) && !next.equals("باسم")
                    && !(k > 0 && f.isArabicOrLatin(k - 1) && cueAt(f, k - 1) != null)) {
                continue; // a definite phrase is a source with باسم ("المتحدث باسم الخارجية") or as a cue's subject
            }
            Phrase q = subjectAfter(f, k, Math.min(f.n, f.sentEnd[k]), false);
            if (q == null || q.start() != k || q.end() - q.start() < 2) {
                continue;
            }
            for (int j = k + 1; j < q.end(); j++) {
                if (f.isArabicOrLatin(j) && (f.norm(j).equals("ل") || toldTo(f, j, q.end(), false))) {
                    // "مصدر أمني لمراسل الجوهرة": whom it was told to is not the source
                    boolean named = q.hasName() && q.nameEnd() <= j;
                    q = new Phrase(k, j, q.charStart(), named ? q.nameStart() : -1, named ? q.nameEnd() : -1, -1, -1);
                    break;
                }
            }
            if (q.end() - q.start() < 2 || f.isArabicOrLatin(q.end() - 1) && PREPOSITIONS.contains(f.norm(q.end() - 1))) {
                continue;
            }
            Resolved r = resolve(f, q);
            return new Resolved(r.speaker, "source named before: " + phrase + " → " + r.speaker.name(), union(titles, r.titles));
        }
        return null;
    }

    /**
     * "وقالت الوكالة" after "وكالة فرانس برس", "وذكر المرصد" after "المرصد السوري لحقوق الإنسان": the nearest
     * earlier organization of the article with the same head and a longer name, or null.
     */
    private Phrase orgNamedBefore(FieldView f, int s) {
        String head = SpeakerWords.withoutArticle(baseAt(f, s));
        Phrase construct = null;
        for (int k = s - 1; k >= 0; k--) {
            String nk = f.isArabicOrLatin(k) ? f.norm(k) : "";
            if (nk.isEmpty() || !nk.equals(baseAt(f, k)) || nk.charAt(0) == 'و' && head.charAt(0) != 'و'
                    || !head.equals(SpeakerWords.withoutArticle(nk))) {
                continue;
            }
            Phrase q = subjectAfter(f, k, Math.min(f.n, f.sentEnd[k]), false);
            if (q == null || q.start() != k || q.end() - q.start() < 2 || q.hasName() || !orgHead(f, q.start())
                    || coordinated(f, q)) {
                continue;
            }
            if (definite(f.norm(k))) {
                String adj = f.isArabicOrLatin(k + 1) ? f.norm(k + 1) : "";
                // "الشرطة الكندية" is the same noun phrase, extended; not "لنظام الشركة الأمني", whose adjective is the
                // masculine noun's before it
                boolean agrees = !nk.endsWith("ه") || adj.endsWith("يه");
                if (adj.length() >= 5 && definite(adj) && (adj.endsWith("ي") || adj.endsWith("يه")) && agrees) {
                    return q;
                }
                continue;
            }
            if (construct == null) {
                construct = q; // "وكالة فرانس برس", unless a "الوكالة …" comes before it
            }
        }
        return construct;
    }

    /** Whether a word after the phrase's head carries the conjunction و ("الجيش والشرطة"). */
    private boolean coordinated(FieldView f, Phrase q) {
        for (int k = q.start() + 1; k < q.end(); k++) {
            if (f.isArabicOrLatin(k) && !stripAt(f, k).equals(f.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person mention of the tagger covers exactly [startChar, endChar): "، جوزيه مورينيو،". */
    private boolean personMentionSpans(FieldView f, int startChar, int endChar) {
        if (entityFor(f, startChar, endChar, EntityType.PERS) == null) {
            return false; // also builds the index
        }
        for (int k : mentionIndex.startingIn(f.field, startChar, startChar + 1)) {
            TextSpan m = mentionSpans.get(k);
            if (entities.get(mentionOwners.get(k)).type() == EntityType.PERS && m.start() == startChar && m.end() == endChar) {
                return true;
            }
        }
        return false;
    }

    private Speaker entityFor(FieldView f, int startChar, int endChar, EntityType type) {
        if (mentionIndex == null) {
            for (int e = 0; e < entities.size(); e++) {
                for (TextSpan m : entities.get(e).mentions()) {
                    mentionSpans.add(m);
                    mentionOwners.add(e);
                }
            }
            mentionIndex = new SpanIndex(mentionSpans);
        }
        // positions ascend in entity order, so the first match is the one a scan of the entities finds
        for (int k : mentionIndex.startingIn(f.field, startChar - 2, endChar)) {
            Entity e = entities.get(mentionOwners.get(k));
            if (type != null && e.type() != type) {
                continue;
            }
            TextSpan m = mentionSpans.get(k);
            if (startChar < m.end() && (type == EntityType.PERS || m.start() <= startChar + 1)) {
                return new Speaker(e.id(), e.name(), kindOf(e.type()));
            }
        }
        return null;
    }


    private static SpeakerKind kindOf(EntityType t) {
        return switch (t) {
            case PERS -> SpeakerKind.PERSON;
            case ORG -> SpeakerKind.ORGANIZATION;
            case LOC -> SpeakerKind.COUNTRY;
            default -> SpeakerKind.OTHER;
        };
    }

    private Set<String> titlesOf(FieldView f, Phrase p) {
        Set<String> t = new LinkedHashSet<>();
        addTitles(f, p.start(), p.end(), p, t);
        if (p.appStart() >= 0) {
            addTitles(f, p.appStart(), p.appEnd(), p, t);
        }
        return t;
    }

    /** The head title of the phrase and of its apposition: "المبعوث الشخصي للأمين العام" is an envoy, not a secretary-general. */
    private Set<String> headsOf(FieldView f, Phrase p) {
        Set<String> h = new HashSet<>();
        addHead(f, p.start(), p.end(), p, h);
        if (p.appStart() >= 0) {
            addHead(f, p.appStart(), p.appEnd(), p, h);
        }
        return h;
    }

    private void addHead(FieldView f, int from, int to, Phrase p, Set<String> h) {
        for (int k = from; k < to; k++) {
            if (p.hasName() && k >= p.nameStart() && k < p.nameEnd() || !f.isArabicOrLatin(k)) {
                continue;
            }
            String n = SpeakerWords.withoutArticle(baseAt(f, k));
            if (words.has(SpeakerWords.List.TITLE, n)) {
                h.add(n);
                return;
            }
        }
    }

    private void addTitles(FieldView f, int from, int to, Phrase p, Set<String> t) {
        for (int k = from; k < to; k++) {
            if (p.hasName() && k >= p.nameStart() && k < p.nameEnd()) {
                continue;
            }
            if (f.isArabicOrLatin(k)) {
                String n = SpeakerWords.withoutArticle(lamAt(f, k));
                if (n.length() > 1 && !PREPOSITIONS.contains(n)) {
                    t.add(n);
                }
            }
        }
    }

    /**
     * The institution a spokesman speaks for: the word after باسم, with the definite word after it
     * ("باسم وزارة الصحة" → وزاره، صحه); empty when the role names none.
     */
    private List<String> onBehalfOf(FieldView f, Phrase p) {
        for (int k = p.start(); k + 1 < p.end(); k++) {
            if (f.isArabicOrLatin(k) && f.norm(k).equals("باسم") && f.isArabicOrLatin(k + 1)) {
                String first = SpeakerWords.withoutArticle(lamAt(f, k + 1));
                if (k + 2 < p.end() && f.isArabicOrLatin(k + 2) && f.norm(k + 2).startsWith("ال")) {
                    return List.of(first, SpeakerWords.withoutArticle(f.norm(k + 2)));
                }
                return List.of(first);
            }
        }
        return List.of();
    }

    /**
     * The person an unnamed role points to: one whose titles hold the role's head word, the best overlap.
     * A holder named with the other title of the same role (الناطق for المتحدث) must speak for the same
     * institution ({@code onBehalfOf}).
     */
    private Person roleHolder(Set<String> roleTitles, String head, int sentence, List<String> onBehalfOf) {
        Person best = null;
        int bestScore = 0;
        String sameRole = onBehalfOf.isEmpty() ? null : SAME_ROLE.get(head);
        for (Person p : persons) {
            if (!p.heads().contains(head) && (sameRole == null || !p.heads().contains(sameRole)
                    || !p.titles().containsAll(onBehalfOf))) {
                continue;
            }
            // a name seen only after a title, never as a cue's subject, must recur to be trusted
            if (!p.subject() && p.tokens().size() < 2 && p.tokens().stream().noneMatch(t -> frequency(t) >= 2)) {
                continue;
            }
            boolean orgMatch = true;
            for (String t : roleTitles) {
                // the institution a role belongs to must be the same: أمين عام حلف … is not أمين عام منظمة …
                if (!t.equals(head) && words.has(SpeakerWords.List.ORG, t) && !p.titles().contains(t)) {
                    orgMatch = false;
                }
            }
            if (!orgMatch) {
                continue;
            }
            int score = 0;
            for (String t : roleTitles) {
                if (p.titles().contains(t)) {
                    score++;
                }
            }
            // prefer people named before the role, the latest of them
            if (p.sentence() <= sentence) {
                score += 2;
            }
            if (frequency(p.tokens().get(p.tokens().size() - 1)) >= 2) {
                score++; // the article's recurring people
            }
            if (score > bestScore || score == bestScore && best != null && p.sentence() <= sentence
                    && p.sentence() > best.sentence()) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /** The fullest registered name ending with (or equal to) these normalized tokens. */
    private Person personEndingWith(List<String> toks) {
        if (toks.isEmpty()) {
            return null;
        }
        Person best = null;
        // a name ending or starting with the tokens shares its last or its first token with them
        java.util.TreeSet<Integer> near = new java.util.TreeSet<>(personsByEdge.getOrDefault(toks.get(0), List.of()));
        near.addAll(personsByEdge.getOrDefault(toks.get(toks.size() - 1), List.of()));
        for (int k : near) {
            Person p = persons.get(k);
            List<String> pt = p.tokens();
            if (pt.size() < toks.size()) {
                continue;
            }
            if (!pt.subList(pt.size() - toks.size(), pt.size()).equals(toks) && !pt.subList(0, toks.size()).equals(toks)) {
                continue;
            }
            if (best == null || pt.size() > best.tokens().size()) {
                best = p;
            }
        }
        return best;
    }

    private void collectPersons(FieldView f) {
        for (Entity e : entities) {
            if (e.type() == EntityType.PERS) {
                Set<String> heads = new HashSet<>();
                for (String t : e.titles()) {
                    String[] ws = SPACES.split(ArabicNormalizer.normalize(t));
                    if (ws.length > 0) {
                        heads.add(SpeakerWords.withoutArticle(ws[0]));
                    }
                }
                addPerson(e.name(), Set.copyOf(ArabicNormalizer.normalizeAll(e.titles().toArray(new String[0]))), heads,
                        new Speaker(e.id(), e.name(), SpeakerKind.PERSON), firstSentence(e), true);
            }
        }
        for (int i = 0; i < f.n; i++) {
            if (!f.isArabicOrLatin(i)) {
                continue;
            }
            String n = f.norm(i);
            boolean titleStart = words.has(SpeakerWords.List.TITLE, baseAt(f, i))
                    && (i == 0 || !f.isArabicOrLatin(i - 1) || !words.has(SpeakerWords.List.TITLE, baseAt(f, i - 1)));
            Cue c = cueAt(f, i);
            int from = -1;
            if (c != null && c.finite()) {
                from = i + 1;
            } else if (titleStart) {
                from = i;
            }
            if (from < 0 || from >= f.n) {
                continue;
            }
            int limit = Math.min(f.sentEnd[i], from + MAX_WINDOW);
            Phrase p = subjectAfter(f, from, limit, titleStart && c == null);
            if (p == null || !p.hasName()) {
                continue;
            }
            String name = f.text.substring(f.ts.start(p.nameStart()), f.ts.end(p.nameEnd() - 1));
            addPerson(name, titlesOf(f, p), headsOf(f, p), null, f.sentence[from], c != null);
        }
    }

    /** The sentence of an entity's first mention, in this finder's numbering. */
    private int firstSentence(Entity e) {
        int best = Integer.MAX_VALUE;
        for (TextSpan m : e.mentions()) {
            FieldView f = m.field() == Field.TITLE ? title : body;
            int t = f.ts.tokenAt(m.start());
            if (t < 0) {
                t = Math.min(f.ts.firstTokenFrom(m.start()), f.n - 1);
            }
            if (t >= 0 && t < f.n) {
                best = Math.min(best, f.sentence[t]);
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }

    private void addPerson(String name, Set<String> titles, Set<String> heads, Speaker entity, int sentence,
                           boolean subject) {
        List<String> toks = betweenSpacesAndDashes(ArabicNormalizer.normalize(name));
        Integer k = personByTokens.get(toks);
        if (k != null) {
            Person p = persons.get(k);
            persons.set(k, new Person(p.name(), p.tokens(), union(p.titles(), titles), union(p.heads(), heads),
                    p.entitySpeaker() != null ? p.entitySpeaker() : entity, Math.min(p.sentence(), sentence),
                    p.subject() || subject));
            return;
        }
        List<String> key = List.copyOf(toks);
        personByTokens.put(key, persons.size());
        if (!key.isEmpty()) {
            personsByEdge.computeIfAbsent(key.get(0), t -> new ArrayList<>()).add(persons.size());
            if (key.size() > 1) {
                personsByEdge.computeIfAbsent(key.get(key.size() - 1), t -> new ArrayList<>()).add(persons.size());
            }
        }
        persons.add(new Person(name, toks, titles, heads, entity, sentence, subject));
    }

    /** The runs of {@code s} between spaces and dashes: its pieces split at {@code [\s\-]+}, empty ones left out. */
    static List<String> betweenSpacesAndDashes(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || isSpaceOrDash(s.charAt(i))) {
                if (i > start) {
                    out.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** A regular expression's {@code \s} (ASCII white space) or a hyphen-minus. */
    private static boolean isSpaceOrDash(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-';
    }

    /** Subject of a cue with none after it: a relative's antecedent, a subject before the verb, the clause's, or the last speaker. */
    private Said subjectBefore(FieldView f, int i, Cue cue) {
        int sFirst = f.sentFirst[i];
        if (i > sFirst && i + 1 < f.sentEnd[i] && f.isArabicOrLatin(i + 1) && IN_IT.contains(f.norm(i + 1))
                && f.ts.firstChar(i) != 'و' && f.isArabicOrLatin(i - 1) && !RELATIVES.contains(stripAt(f, i - 1))) {
            // "نشر X تغريدة قال فيها:", "وجه كلمة أكد فيها أن": the statement's author is the clause's subject
            Said s = governingSubject(f, i);
            if (s != null) {
                return s;
            }
        }
        int k = beforeWithheldName(f, beforeQad(f, i - 1, sFirst), sFirst);
        // "و أضاف أن": a conjunction written apart joins the verb as "وأضاف" does
        boolean looseWaw = k >= sFirst && f.isArabicOrLatin(k) && f.norm(k).equals("و");
        if (looseWaw) {
            k--;
        }
        boolean waw = looseWaw || f.ts.firstChar(i) == 'و';
        // "وفق سوندرز، الذي أضاف": the antecedent
        if (k >= sFirst && f.isArabicOrLatin(k) && RELATIVES.contains(stripAt(f, k))) {
            int a = k - 1;
            if (a >= sFirst && f.isComma(a)) {
                a--;
            }
            Phrase p = phraseBefore(f, a + 1, sFirst, 5);
            if (p != null && !p.hasName()) {
                // "شكوى قائد العمليات الخاصة، والذي قال": the antecedent is the title inside the complement
                for (int t = p.start() + 1; t < p.end() - 1; t++) {
                    if (f.isArabicOrLatin(t) && words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(f.norm(t)))
                            && !words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(f.norm(p.start())))) {
                        p = nameIn(f, new Phrase(t, p.end(), f.ts.start(t), -1, -1, -1, -1));
                        break;
                    }
                }
            }
            boolean known = p != null && (p.hasName() ? personEndingWith(tokensOf(f, p.nameStart(), p.nameEnd())) != null
                    : orgHead(f, p.start()) || anonymousHead(f, p.start()) || countryAt(f, p.start())
                    || words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(f.norm(p.start()))));
            if (!known) {
                return null;
            }
            Resolved r = resolve(f, p);
            lastEvidence = "relative clause → " + r.evidence;
            return new Said(r.speaker, cue.gender(), cue.plural(), f.sentence[i], r.titles);
        }
        // "أعلنت وزارة التموين …، وقالت إن": a verb joined by و after a comma shares the clause's subject
        boolean joined = k > sFirst && f.isComma(k) && waw
                || k - 1 > sFirst && f.isArabicOrLatin(k) && f.norm(k).equals("كما") && f.isComma(k - 1); // "…، كما استبعدوا أن"
        if (joined && !f.consumed[i]) {
            Said s = governingSubject(f, i);
            if (s != null && !lastEvidence.startsWith("continues")) {
                return s; // a subject of this sentence; carrying an earlier one is left to the rules below
            }
        }
        // "… أنطونيو غوتريس، أبلغ …": a named apposition right before the verb
        if (k >= sFirst && f.isComma(k) && k - 1 >= sFirst) {
            Phrase p = phraseBefore(f, k, sFirst, 5);
            boolean amma = p != null && p.start() - 1 >= sFirst && f.isArabicOrLatin(p.start() - 1)
                    && AMMA.contains(f.norm(p.start() - 1)); // "أما أنقرة، فاعتبرت"
            if (p != null && (p.hasName() || amma) && plausibleSource(f, p)) {
                Resolved r = resolve(f, p);
                lastEvidence = "subject before the cue → " + r.evidence;
                return new Said(r.speaker, cue.gender(), cue.plural(), f.sentence[i], r.titles);
            }
        }
        // "عمر الولباني، كان أعلن": the subject before the auxiliary
        if (k >= sFirst && f.isArabicOrLatin(k) && (f.norm(k).equals("كان") || f.norm(k).equals("كانت"))
                && k - 1 >= sFirst && f.isComma(k - 1)) {
            Phrase p = phraseBefore(f, k - 1, sFirst, 6);
            if (p != null && plausibleSource(f, p)) {
                Resolved r = resolve(f, p);
                lastEvidence = "subject before the cue → " + r.evidence;
                return new Said(r.speaker, cue.gender(), cue.plural(), f.sentence[i], r.titles);
            }
        }
        // "وكان ترامب قد أعلن", "لافتة … تقول": a subject before the verb
        if (k >= sFirst && f.isArabicOrLatin(k) && !words.is(SpeakerWords.List.PARTICLE, f.norm(k))
                && !COORD_VERB_AUX.contains(f.norm(k)) && !f.isComma(k)) {
            Phrase p = phraseBefore(f, k + 1, sFirst, 6);
            if (p != null) {
                int b = p.start() - 1;
                boolean clauseStart = b < sFirst || f.isComma(b) || f.isColon(b)
                        || (f.isArabicOrLatin(b) && (COORD_VERB_AUX.contains(f.norm(b)) || CONTRAST.contains(f.norm(b))
                        || COMPLEMENTIZERS.contains(f.norm(b)) // "إذ إن حكومة أردوغان أكدت", "إلا أن X أكد"
                        || AMMA.contains(f.norm(b)) // "أما أردوغان فقال"
                        || f.norm(b).startsWith("و")
                        && f.norm(b).length() > 3 && (cueAt(f, b) == null)));
                if (clauseStart && !f.consumed[k] && plausibleSource(f, p)) {
                    Resolved r = resolve(f, p);
                    lastEvidence = "subject before the cue → " + r.evidence;
                    return new Said(r.speaker, cue.gender(), cue.plural(), f.sentence[i], r.titles);
                }
            }
            // "وكان مركز البحث في علم الفلك … قد أعلن أن": the subject between كان and قد, however long
            int qad = beforeQad(f, i - 1, sFirst);
            if (qad < i - 1 && qad == k) {
                for (int c = qad; c >= Math.max(sFirst, qad - 15); c--) {
                    if (!f.isArabicOrLatin(c) || cueAt(f, c) != null) {
                        break;
                    }
                    if (COORD_VERB_AUX.contains(f.norm(c)) && f.norm(c).contains("كان")) {
                        Phrase kp = c + 1 <= qad ? subjectAfter(f, c + 1, qad + 2) : null;
                        if (kp != null && kp.start() == c + 1 && plausibleSource(f, kp)) {
                            Resolved r = resolve(f, kp);
                            lastEvidence = "subject between كان and قد → " + r.evidence;
                            return new Said(r.speaker, cue.gender(), cue.plural(), f.sentence[i], r.titles);
                        }
                        break;
                    }
                }
            }
            if (waw && !f.consumed[i]) {
                // a verb joined to the clause by و shares its subject
                Said s = governingSubject(f, i);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        Said s = carry(cue.gender(), cue.plural(), f.sentence[i]);
        if (s != null) {
            lastEvidence = "continues the speaker of sentence " + s.sentence();
        }
        return s;
    }

    private Phrase phraseBefore(FieldView f, int end, int sFirst, int max) {
        int k = end - 1;
        int start = -1;
        while (k >= sFirst && end - k <= max) {
            if (!f.isArabicOrLatin(k)) {
                break;
            }
            String n = f.norm(k);
            if (PREPOSITIONS.contains(n) || NP_STOP.contains(n) || COORD_VERB_AUX.contains(n) || PRONOUN_PP.contains(n)
                    || isAccording(n) || AMMA.contains(n)
                    || words.is(SpeakerWords.List.PARTICLE, n) || cueAt(f, k) != null
                    || (n.startsWith("و") && n.length() > 3 && !definite(n.substring(1)) && k < end - 1
                    && !words.known(n))) {
                break;
            }
            if (n.startsWith("و") && n.length() > 3 && !definite(n.substring(1)) && !words.known(n)) {
                break;
            }
            if (n.startsWith("بال") || n.startsWith("لل") || n.startsWith("كال") || clitic(n, 'ل')
                    || (n.length() > 3 && n.charAt(0) == 'ب' && common.contains(n.substring(1)))) {
                break; // بالشرفة, لوكالة: a prepositional phrase, not a subject
            }
            start = k;
            k--;
        }
        if (start < 0) {
            return null;
        }
        return nameIn(f, new Phrase(start, end, f.ts.start(start), -1, -1, -1, -1));
    }

    /** Who a participle or coordinated verb belongs to: the last speaker or subject in its sentence, else the sentence's first verb's subject. */
    private Said governingSubject(FieldView f, int i) {
        int sentence = f.sentence[i];
        for (int k = found.size() - 1; k >= 0; k--) {
            Found q = found.get(k);
            if (q.field() == f.field && q.sentence() == sentence) {
                lastEvidence = "subject of the clause (quote earlier in the sentence)";
                return new Said(q.quote().speaker(), q.gender(), false, sentence, Set.of());
            }
        }
        Said s = lastInSentence(sentence);
        if (s != null) {
            lastEvidence = "subject of the clause";
            return s;
        }
        int first = afterDateline(f, f.sentFirst[i], i); // "دبي، الإمارات العربية المتحدة (CNN)— شكر …"
        int v = first;
        boolean adverbial = false;
        for (int c = first; c < Math.min(i - 1, first + 5); c++) {
            if (f.isComma(c) && adverbial) {
                v = c + 1; // "والعام الماضي، نشرت منظمة …": past a fronted adverbial
                break;
            }
            if (!f.isArabicOrLatin(c)) {
                break;
            }
            adverbial |= words.has(SpeakerWords.List.TIME, stripAt(f, c));
        }
        while (v < i && (!f.isArabicOrLatin(v) || words.has(SpeakerWords.List.TIME, stripAt(f, v))
                || words.is(SpeakerWords.List.PARTICLE, f.norm(v)) || (v + 1 < i && f.isComma(v + 1))
                || onHisPart(f, v, i) || exceptThat(f, v, i))) {
            v += onHisPart(f, v, i) || exceptThat(f, v, i) ? 2 : 1;
        }
        if (v < i - 1 && f.isArabicOrLatin(v) && cueAt(f, v) == null && subjectNounAt(f, v)) {
            // "لكن محكمة التمييز أعادت دراسة الملف، واعتبرت أن": the subject opens the clause, before its verb
            Phrase p = subjectAfter(f, v, i);
            if (p != null && p.start() == v && plausibleSource(f, p) && headedBySource(f, p)) {
                if (!p.hasName()) {
                    p = new Phrase(p.start(), orgEnd(f, p.start(), p.end(), true), p.charStart(), -1, -1, -1, -1);
                }
                Resolved r = resolve(f, p);
                lastEvidence = "subject of the sentence's first verb → " + r.evidence;
                return new Said(r.speaker, Gender.UNKNOWN, false, sentence, r.titles);
            }
        }
        if (v < i - 1 && f.isArabicOrLatin(v)) {
            Phrase p = subjectAfter(f, v + 1, i);
            if (p != null && plausibleSource(f, p)) {
                Resolved r = resolve(f, p);
                lastEvidence = "subject of the sentence's first verb → " + r.evidence;
                return new Said(r.speaker, Gender.UNKNOWN, false, sentence, r.titles);
            }
        }
        Said c = carry(Gender.UNKNOWN, false, sentence);
        if (c != null) {
            lastEvidence = "continues the speaker of sentence " + c.sentence();
        }
        return c;
    }

    /** {@code k} moved back over قد/لقد, which bind to the verb after them, but not below {@code first - 1}. */
    private static int beforeQad(FieldView f, int k, int first) {
        while (k >= first && f.isArabicOrLatin(k) && (f.norm(k).equals("قد") || f.norm(k).equals("لقد")
                || f.norm(k).equals("فقد"))) { // "أما الوزير فقد أشار إلى أن"
            k--;
        }
        return k;
    }

    /** "إلا أن"، "غير أن": a clause opener before its subject. */
    private boolean exceptThat(FieldView f, int v, int limit) {
        return v + 1 < limit && f.isArabicOrLatin(v) && f.isArabicOrLatin(v + 1)
                && (f.norm(v).equals("الا") || f.norm(v).equals("غير")) && f.norm(v + 1).equals("ان");
    }

    /** A word that opens a subject, not a verb: an organization, an unnamed source, a country, a title or a person the tagger found. */
    private boolean subjectNounAt(FieldView f, int v) {
        return orgHead(f, v) || anonymousHead(f, v) || countryAt(f, v)
                || words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(lamAt(f, v)))
                || entityFor(f, f.ts.start(v), f.ts.end(v), EntityType.PERS) != null;
    }

    /** "متحدث باسم القائد العسكري، خليفة حفتر،": the name after the comma is the role's, not the spokesman's. */
    private boolean onBehalfOfRole(FieldView f, Phrase p) {
        for (int k = p.start(); k + 1 < p.end(); k++) {
            if (f.isArabicOrLatin(k) && f.norm(k).equals("باسم") && f.isArabicOrLatin(k + 1)
                    && words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(f.norm(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens [from, to) are titles only ("، الضابط بريجيت برانتلي،"), or none. */
    private boolean titlesOnly(FieldView f, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!f.isArabicOrLatin(k) || !words.has(SpeakerWords.List.TITLE, SpeakerWords.withoutArticle(lamAt(f, k)))) {
                return false;
            }
        }
        return true;
    }

    /** "، المهندس أسامة كمال،": one or two words with ال before an apposition's name describe the person. */
    private boolean descriptorsOnly(FieldView f, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!f.isArabicOrLatin(k) || !f.norm(k).startsWith("ال") || words.has(SpeakerWords.List.TIME, f.norm(k))
                    || orgHead(f, k) || countryAt(f, k) || entityFor(f, f.ts.start(k), f.ts.end(k), EntityType.PERS) != null) {
                return false;
            }
        }
        return true;
    }

    /** "من جهته"، "من جانبها": a clause opener, not the verb. */
    private boolean onHisPart(FieldView f, int v, int limit) {
        return v + 1 < limit && f.isArabicOrLatin(v) && stripAt(f, v).equals("من") && f.isArabicOrLatin(v + 1)
                && (f.norm(v + 1).startsWith("جهت") || f.norm(v + 1).startsWith("جانب"));
    }

    private Said firstInSentence(int sentence) {
        Said first = null;
        for (int k = register.size() - 1; k >= 0; k--) {
            Said s = register.get(k);
            if (s.sentence() == sentence) {
                first = s;
            } else if (s.sentence() < sentence) {
                break;
            }
        }
        return first;
    }

    private Said lastInSentence(int sentence) {
        for (int k = register.size() - 1; k >= 0; k--) {
            Said s = register.get(k);
            if (s.sentence() == sentence) {
                return s;
            }
            if (s.sentence() < sentence) {
                break;
            }
        }
        return null;
    }

    /** The latest speaker that agrees with the cue: وأضافت looks for the last woman. */
    private Said carry(Gender gender, boolean plural, int sentence) {
        for (int k = register.size() - 1; k >= 0; k--) {
            Said s = register.get(k);
            if (s.sentence() > sentence) {
                continue;
            }
            if (agrees(s, gender, plural)) {
                lastEvidence = "continues the speaker of sentence " + s.sentence();
                return s;
            }
        }
        return null;
    }

    private static boolean agrees(Said s, Gender gender, boolean plural) {
        if (plural) {
            return s.plural() || s.speaker().kind() != SpeakerKind.PERSON;
        }
        if (gender == Gender.FEMALE) {
            return s.gender() == Gender.FEMALE;
        }
        if (gender == Gender.MALE) {
            return s.gender() != Gender.FEMALE && !s.plural();
        }
        return true;
    }

    private void remember(FieldView f, Phrase subject, Cue cue, int i) {
        if (!plausibleSource(f, subject) || !headedBySource(f, subject)) {
            return;
        }
        Resolved r = resolve(f, subject);
        if (r.speaker.kind() == SpeakerKind.OTHER && !REPORT_HEADS.contains(SpeakerWords.withoutArticle(lamAt(f, subject.start())))) {
            return; // "أكدت فيه استهداف المؤسسة": with no statement, a bare noun phrase is the object
        }
        register.add(new Said(r.speaker, cue.gender(), cue.plural(), f.sentence[i], r.titles));
    }

    private Gender pronounGender(String n) {
        if (FEMININE_PRONOUNS.contains(n)) {
            return Gender.FEMALE;
        }
        if (MASCULINE_PRONOUNS.contains(n) || PLURAL_PRONOUNS.contains(n)) {
            return Gender.MALE;
        }
        return null;
    }

    // ------------------------------------------------------------------ medium, via, stance

    /** Where it was said, between the cue and the statement: في مقابلة مع …، على تويتر، في بيان، لـ CNN. */
    private String medium(FieldView f, int from, int to, Phrase subject) {
        for (int j = from; j < to && j < f.n; j++) {
            if (subject != null && j >= subject.start() && j < Math.max(subject.end(), subject.appEnd())) {
                continue;
            }
            if (!f.isArabicOrLatin(j)) {
                continue;
            }
            String n = f.norm(j);
            if ((n.equals("في") || n.equals("عبر") || n.equals("خلال") || n.equals("علي")) && j + 1 < to) {
                int m = j + 1;
                if (!f.isArabicOrLatin(m)) {
                    continue;
                }
                String mn = f.norm(m);
                if (words.has(SpeakerWords.List.PLATFORM, mn)) {
                    return f.ts.text(m);
                }
                if (words.has(SpeakerWords.List.MEDIUM, mn)) {
                    int e = m + 1;
                    while (e < to && e < m + 7 && !f.isComma(e) && !f.isColon(e) && !f.isStop(e)
                            && !(f.isQuote(e) && !(f.marks.closeOf(e) > e && nameLike(f, e, f.marks.closeOf(e))))) {
                        if (f.isArabicOrLatin(e)) {
                            String en = f.norm(e);
                            if (words.has(SpeakerWords.List.TIME, en) || COMPLEMENTIZERS.contains(en)) {
                                break;
                            }
                            if (en.equals("علي") && e + 1 < to && f.isArabicOrLatin(e + 1)
                                    && words.has(SpeakerWords.List.PLATFORM, f.norm(e + 1))) {
                                e += 2;
                                break;
                            }
                            if (en.equals("علي") || en.startsWith("رد")) {
                                break;
                            }
                        }
                        if (f.isQuote(e) && f.marks.closeOf(e) > e) {
                            e = f.marks.closeOf(e) + 1;
                            continue;
                        }
                        e++;
                    }
                    return f.text.substring(f.ts.start(m), f.ts.end(e - 1));
                }
            }
            // "قال لبي بي سي", "لوكالة الأنباء الفرنسية": who it was said to
            if (clitic(n, 'ل') && !n.startsWith("لل") && j > from - 1) {
                int e = j + 1;
                while (e < to && e < j + 5 && f.isArabicOrLatin(e) && !COMPLEMENTIZERS.contains(f.norm(e))
                        && !words.has(SpeakerWords.List.TIME, f.norm(e)) && !NP_STOP.contains(f.norm(e))) {
                    e++;
                }
                String t = f.text.substring(f.ts.start(j), f.ts.end(e - 1));
                return t.startsWith("لـ") ? t.substring(2) : t.substring(1);
            }
        }
        return null;
    }

    private String carriedMedium(Speaker speaker) {
        if (found.isEmpty()) {
            return null;
        }
        Quote last = found.get(found.size() - 1).quote();
        return last.speaker().name().equals(speaker.name()) ? last.medium() : null;
    }

    private String sameSentenceMedium(int sentence) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found q = found.get(k);
            if (q.sentence() == sentence) {
                return q.quote().medium();
            }
        }
        return null;
    }

    private String viaFromMedium(FieldView f, Phrase p) {
        // "تصريحات نقلتها وكالة الأناضول": the outlet after the relaying verb
        for (int k = p.start(); k < Math.min(f.n, p.end() + 6); k++) {
            if (f.isArabicOrLatin(k) && words.has(SpeakerWords.List.ORG, SpeakerWords.withoutArticle(f.norm(k)))) {
                int e = phraseEnd(f, k, Math.min(f.n, f.sentEnd[k]));
                return f.text.substring(f.ts.start(k), f.ts.end(e - 1));
            }
        }
        return phraseText(f, p);
    }

    private void setVia(FieldView f, int i, String via) {
        if (found.isEmpty() || via == null) {
            return;
        }
        int k = found.size() - 1;
        Found last = found.get(k);
        if (last.sentence() != f.sentence[i] || last.quote().via() != null) {
            return;
        }
        Quote q = last.quote();
        found.set(k, new Found(new Quote(q.speaker(), q.cue(), q.direct(), relayOf(q.speaker(), via), q.medium(), q.content(), q.inTitle(),
                q.stance(), q.evidence()), last.sentence(), last.contentEndToken(), last.field(), last.gender()));
    }

    private Stance stance(Cue cue, FieldView f, Content c) {
        String start = ArabicNormalizer.normalize(f.text.substring(c.startChar(), Math.min(c.endChar(), c.startChar() + 12)));
        if (start.startsWith("لا علاقه") || start.startsWith("ليس صحيحا") || start.startsWith("لا صحه")) {
            return Stance.DENY;
        }
        return cue.stance();
    }

    // ------------------------------------------------------------------ output

    private void add(FieldView f, Speaker speaker, TextSpan cue, Content c, String via, String medium, Stance stance,
                     String evidence, int cueToken, Gender gender) {
        if (speaker == null || speaker.name() == null || speaker.name().isBlank()) {
            return;
        }
        Quote q = quote(f, speaker, cue, c, via, medium, stance, evidence);
        for (Found prior : found) {
            TextSpan pc = prior.quote().content();
            boolean nested = cue != null && pc.contains(cue) && !pc.equals(q.content());
            if (pc.overlaps(q.content()) && !nested) {
                return;
            }
        }
        found.add(new Found(q, f.sentence[Math.min(cueToken, f.n - 1)], c.endToken() - 1, f.field, gender));
    }

    private Quote quote(FieldView f, Speaker speaker, TextSpan cue, Content c, String via, String medium, Stance stance,
                        String evidence) {
        TextSpan content = new TextSpan(f.field, c.startChar(), c.endChar(), f.text.substring(c.startChar(), c.endChar()));
        return new Quote(speaker, cue, c.direct(), relayOf(speaker, via), medium, content, f.field == Field.TITLE, stance,
                evidence);
    }

    /** A relay is someone other than the speaker: "وقال محبي، على حد تعبيره" is relayed by nobody. */
    private static String relayOf(Speaker speaker, String via) {
        return via == null || ArabicNormalizer.normalize(via).equals(ArabicNormalizer.normalize(speaker.name())) ? null : via;
    }

    private TextSpan cueSpan(FieldView f, int i) {
        int s = f.ts.start(i);
        int e = f.ts.end(i);
        if (i + 1 < f.n && f.isArabicOrLatin(i + 1)) {
            String n = f.norm(i + 1);
            if (n.equals("لها") || n.equals("له") || n.equals("لهم")) {
                e = f.ts.end(i + 1); // ووفقاً لها
            }
        }
        return new TextSpan(f.field, s, e, f.text.substring(s, e));
    }

    private String phraseText(FieldView f, Phrase p) {
        int end = f.ts.end(p.end() - 1);
        int start = Math.min(p.charStart(), end);
        // "وفق بيان للشرطة": ل and the article merged; the source is "الشرطة"
        if (start == f.ts.start(p.start()) && end - start > 3 && f.text.charAt(start) == 'ل' && f.text.charAt(start + 1) == 'ل'
                && f.norm(p.start()).startsWith("لل")) {
            return "ال" + f.text.substring(start + 2, end);
        }
        return f.text.substring(start, end);
    }

    private List<String> tokensOf(FieldView f, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (f.isArabicOrLatin(k)) {
                out.add(f.norm(k));
            }
        }
        return out;
    }

    private boolean isClauseStart(FieldView f, int i) {
        int first = f.sentFirst[i];
        return i == first || (i == first + 1 && f.isArabicOrLatin(first) && f.norm(first).equals("و"));
    }

    private boolean isSpeechCueAhead(FieldView f, int from, int end) {
        for (int k = from; k < Math.min(end, from + 6); k++) {
            Cue c = cueAt(f, k);
            if (c != null && c.finite() && c.type() != CueType.MARKED) {
                Phrase p = subjectAfter(f, k + 1, end);
                int after = p == null ? k + 1 : Math.max(p.end(), p.appEnd());
                return opener(f, after, Math.min(end, k + MAX_WINDOW), c.type(), new int[] {-1}) != null;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    /** {@code strip(f.norm(k))}, computed once per token. */
    private String stripAt(FieldView f, int k) {
        String s = f.memoStrip[k];
        if (s == null) {
            s = f.memoStrip[k] = strip(f.norm(k));
        }
        return s;
    }

    /** {@code stripLam(f.norm(k))}, computed once per token. */
    private String lamAt(FieldView f, int k) {
        String s = f.memoLam[k];
        if (s == null) {
            s = f.memoLam[k] = stripLam(f.norm(k));
        }
        return s;
    }

    /** {@code stripLam(strip(f.norm(k)))}, computed once per token. */
    private String baseAt(FieldView f, int k) {
        String s = f.memoBase[k];
        if (s == null) {
            s = f.memoBase[k] = stripLam(stripAt(f, k));
        }
        return s;
    }

    /** Strips a conjunction و/ف joined to a normalized word. */
    private String strip(String n) {
        if (n.length() > 3 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف') && !words.known(n) && cues.lookup(n) == null) {
            return n.substring(1);
        }
        return n;
    }

    /** Strips a preposition ل/ب joined to a normalized word (لمنظمة → منظمة), but not the article's لل. */
    private String stripLam(String n) {
        if (n.length() > 3 && (n.charAt(0) == 'ل' || n.charAt(0) == 'ب') && !n.startsWith("لل") && !n.startsWith("بال")
                && !words.known(n)) {
            return n.substring(1);
        }
        return n;
    }


}
