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
import org.marsad.text.Chars;
import org.marsad.text.TokenSequence;

/**
 * Organizations named by their kind and their country, which taggers trained on names miss:
 * {@code الحكومة الصينية}, {@code وزارة الخارجية الهولندية}, {@code حكومة طاجيكستان},
 * {@code شرطة تورنتو}, {@code السفارة الفرنسية في طاجيكستان}, {@code وزارة الداخلية}. A head noun of
 * an institution, at most two words of its field, then a country adjective or a catalog place. Thread-safe.
 */
final class OrganizationPhrases {
    private static final Set<String> HEADS = ArabicNormalizer.normalizeAll("وزارة", "حكومة", "شرطة", "سفارة", "قنصلية", "خارجية", "جيش", "برلمان",
            "رئاسة", "محكمة", "هيئة", "لجنة", "إدارة", "قوات", "سلاح", "بحرية", "اتحاد", "وكالة", "مخابرات",
            "استخبارات", "منتخب", "قناة", "صحيفة", "نيابة", "بلدية", "جامعة", "مجلس");
    /**
     * The councils a state has one of, named by their kind alone like a ministry by its field ({@code مجلس
     * الوزراء}, {@code مجلس النواب}): the article's country's, as {@code وزارة الداخلية} is its ministry.
     */
    private static final Set<String> STATE_COUNCILS = ArabicNormalizer.normalizeAll("الوزراء", "النواب", "الشيوخ", "الشعب",
            "الأمة", "الشورى", "العموم", "اللوردات");
    /** Adjectives that may follow the country in a name: هيئة الأركان الأميركية المشتركة. */
    private static final Set<String> AFTER_COUNTRY = ArabicNormalizer.normalizeAll("المشتركة", "الموحدة", "الوطنية", "المركزية", "العليا",
            "الاتحادية", "الفيدرالية", "الرسمية", "الخاصة");
    private static final Set<String> JOINT_HEADS = ArabicNormalizer.normalizeAll("مجلس", "لجنة", "منتدى", "اللجنة", "المجلس");
    /** Words that are a head as written or without their article (tested per token, so without a substring). */
    static final Set<String> HEAD_FORMS = NameKey.withOrWithoutArticle(HEADS);
    private static final Set<String> JOINT_HEAD_FORMS = NameKey.withOrWithoutArticle(JOINT_HEADS);
    private static final NameHashes HEAD_HASHES = new NameHashes(HEAD_FORMS);
    private static final Set<String> MINISTER = ArabicNormalizer.normalizeAll("وزير", "وزيرة", "الوزير", "الوزيرة", "ووزير", "ووزيرة", "لوزير",
            "ولوزير", "بوزير");
    /**
     * Arms a branch of the forces is named for after سلاح ({@code سلاح الجو}, {@code السلاح الجوي}, {@code سلاح
     * المهندسين}); before anything else سلاح is a weapon ({@code السلاح الروسي}, {@code السلاح الكيماوي في سوريا}).
     */
    private static final Set<String> BRANCHES = ArabicNormalizer.normalizeAll("جو", "جوي", "بحريه", "بحري", "مهندسين", "اشاره", "مدفعيه", "مشاه",
            "مدرعات", "طيران", "دفاع", "حدود", "خدمات", "نقل", "صاعقه", "مظلات");
    private static final String[] SPORTS = {"لكره القدم", "لكره السله", "لكره اليد", "لكره الطايره", "لالعاب القوي"};

    private final AliasCatalog catalog;

    OrganizationPhrases(AliasCatalog catalog) {
        this.catalog = catalog;
    }


    /** The phrases of the article; {@code marks} from a {@link TokenFilters} of {@link #HEAD_FORMS}. */
    List<EntityMention> find(AnalyzedText text, TokenFilters.Marks marks) {
        List<EntityMention> out = new ArrayList<>();
        for (Field f : Field.values()) {
            TokenSequence ts = text.tokens(f);
            for (int i = 0; i < ts.size(); i++) {
                int end = match(ts, i, marks);
                if (end < 0) {
                    end = bodyWithPurpose(ts, i);
                    if (end >= 0) {
                        // the span starts at the head; after لل it has lost its article (للشركة → شركة)
                        String h = ts.norm(i);
                        int lil = h.indexOf("لل");
                        int skip = (lil == 0 || lil == 1) && !h.startsWith("ال") ? lil + 2 : h.indexOf("ال");
                        int start = Clitics.offsetAfterLetters(ts.source(), ts.start(i), ts.end(i), skip);
                        out.add(new EntityMention(TextSpan.of(text.article(), f, start, ts.end(end)), EntityType.ORG));
                        i = end;
                    }
                    continue;
                }
                String w = ts.norm(i);
                int skip = headSkip(w) >= 0 ? headSkip(w) : Math.max(0, jointSkip(w));
                int start = Clitics.offsetAfterLetters(ts.source(), ts.start(i), ts.end(i), skip);
                out.add(new EntityMention(TextSpan.of(text.article(), f, start, ts.end(end)), EntityType.ORG));
                i = end;
            }
        }
        return out;
    }

    /** Letters of a clitic before the head word ({@code وال}, {@code لل}), or -1 when {@code w} is no head. */
    private static int headSkip(String w) {
        if (HEAD_FORMS.contains(w)) {
            return 0;
        }
        if (!HEAD_HASHES.mayHoldReadingOf(w)) {
            return -1;
        }
        for (Clitics.Reading r : Clitics.readings(w)) {
            if (HEAD_FORMS.contains(r.word())) {
                return r.skip();
            }
        }
        return -1;
    }

    /** Whether a head word (with its clitics) is سلاح. */
    private static boolean isWeapon(String w) {
        if (NameKey.withoutArticle(w).equals("سلاح")) {
            return true;
        }
        for (Clitics.Reading r : Clitics.readings(w)) {
            if (NameKey.withoutArticle(r.word()).equals("سلاح")) {
                return true;
            }
        }
        return false;
    }

    /** The last token of a phrase starting at token {@code i}, or -1. */
    private int match(TokenSequence ts, int i, TokenFilters.Marks marks) {
        int joint = jointBody(ts, i);
        if (joint >= 0) {
            return joint;
        }
        if (!marks.has(ts.field(), i, TokenFilters.ORGANIZATION_HEAD) || headSkip(ts.norm(i)) < 0) {
            return -1;
        }
        if (i > 0 && ts.kind(i - 1).isWord() && MINISTER.contains(ts.norm(i - 1))) {
            // وزير الخارجية الأمريكي: a title, not the ministry
            return -1;
        }
        String head = ts.norm(i);
        boolean definite = head.substring(Math.max(0, headSkip(head))).startsWith("ال")
                || head.startsWith("لل");
        int j = i + 1;
        int middle = 0;
        while (j < ts.size() && sameLine(ts, j) && ts.kind(j).isWord()) {
            String w = ts.norm(j);
            if (middle == 0 && isWeapon(head) && !BRANCHES.contains(NameKey.withoutArticle(w))) {
                // السلاح الكيماوي في دوما: a weapon; a branch of the forces is سلاح + its arm (سلاح الجو)
                return -1;
            }
            if (isPlace(w)) {
                int end = j;
                // السفارة الفرنسية في طاجيكستان, الاتحاد الأمريكي لكرة القدم
                if (j + 2 < ts.size() && ts.norm(j + 1).equals("في") && sameLine(ts, j + 2) && catalogPlace(ts.norm(j + 2))) {
                    end = j + 2;
                } else if (j + 1 < ts.size() && sameLine(ts, j + 1) && AFTER_COUNTRY.contains(ts.norm(j + 1))) {
                    end = j + 1;
                } else if (j + 2 < ts.size()) {
                    String two = ts.norm(j + 1) + " " + ts.norm(j + 2);
                    for (String s : SPORTS) {
                        if (s.equals(two)) {
                            end = j + 2;
                        }
                    }
                }
                // an indefinite head takes a place name (حكومة طاجيكستان), a definite one an adjective
                if (!definite && middle == 0 && !catalogPlace(w) || definite && middle == 0 && catalogPlace(w) && !w.startsWith("ال")) {
                    return -1;
                }
                if (end == j && definite && middle == 0 && NAMED_FOR_PURPOSE.contains(bareHead(head))
                        && catalog.find(ts.source(), ts.start(i), ts.end(j)) == null) {
                    // المجلس النرويجي للاجئين, الاتحاد التونسي للصناعة والتجارة
                    int purpose = purposeEnd(ts, j + 1);
                    if (purpose > 0) {
                        return purpose;
                    }
                }
                return end;
            }
            // المحكمة العليا في ولاية بنسلفانيا
            if (middle >= 1 && w.equals("في") && j + 1 < ts.size() && sameLine(ts, j + 1)) {
                int placeEnd = catalogPlaceAt(ts, j + 1);
                if (placeEnd > 0) {
                    return placeEnd;
                }
            }
            boolean fieldWord = w.startsWith("ال") && w.length() > 3 || w.startsWith("وال") && w.length() > 4 && middle > 0;
            // قوات التحالف العقيد تركي المالكي: a title after the field opens a person's name; right
            // after the head it is the institution's holder (إدارة الرئيس الأمريكي)
            if (!fieldWord || middle == 2 || TitleWords.isBarrier(w) || middle > 0 && TitleWords.isHead(w)) {
                break;
            }
            middle++;
            j++;
        }
        // وزارة الداخلية: a ministry is named by its field alone
        String bareHead = NameKey.withoutArticle(head.substring(Math.max(0, headSkip(head))));
        if (bareHead.equals("وزاره") && middle >= 1) {
            return i + middle;
        }
        if (bareHead.equals("مجلس") && middle >= 1 && STATE_COUNCILS.contains(ts.norm(i + 1))) {
            return i + 1;
        }
        return -1;
    }

    /** Words after ل that are no purpose. */
    private static final Set<String> NO_PURPOSE = ArabicNormalizer.normalizeAll("لكنه", "لكنها", "لكنهم", "لديه", "لديها", "لديهم",
            "لهذا", "لهذه", "لذلك", "لتلك", "لأنه", "لأنها", "لأنهم", "ليست", "ليسوا");

    /** Heads whose country adjective may be followed by their purpose: المجلس النرويجي للاجئين. */
    private static final Set<String> NAMED_FOR_PURPOSE = ArabicNormalizer.normalizeAll("مجلس", "هيئة", "لجنة", "اتحاد", "وكالة",
            "جامعة");

    private static String bareHead(String head) {
        return NameKey.withoutArticle(head.substring(Math.max(0, headSkip(head))));
    }

    /** Bodies a coordinated name starts with: … والشركة الوطنية, … ورابطة الليغا. */
    private static final Set<String> BODIES = ArabicNormalizer.normalizeAll("شركة", "شركات", "مؤسسة", "هيئة", "وكالة", "ديوان",
            "لجنة", "نادي", "رابطة", "اتحاد", "جامعة", "وزارة", "مجلس", "بنك", "منظمة", "جمعية");

    /** Definite heads of a public company or body named by its scope and its purpose. */
    private static final Set<String> PURPOSE_HEADS = purposeHeadForms("الشركة", "المؤسسة", "الهيئة", "الوكالة", "الديوان",
            // المعهد الوطني للإحصاء, الجهاز المركزي للتعبئة العامة والإحصاء, المجلس الأعلى للقضاء
            "الجهاز", "المعهد", "المركز", "البنك", "الصندوق", "المجلس", "الاتحاد", "اللجنة", "الجمعية", "المنظمة",
            "الرابطة", "النقابة");
    /** Adjectives of scope before the purpose: الشركة الوطنية لاستغلال…, الهيئة العليا المستقلة للانتخابات. */
    private static final Set<String> SCOPES = ArabicNormalizer.normalizeAll("الوطنية", "الجهوية", "الدولية", "العامة", "العليا",
            "المستقلة", "الوقتية", "القابضة", "العربية", "الإقليمية", "المركزية", "الاتحادية", "الفيدرالية",
            "الوطني", "الجهوي", "الدولي", "العام", "الأعلى", "المستقل", "العربي", "الإقليمي", "المركزي", "الاتحادي",
            "الفيدرالي");
    /** Definite words that follow a name without belonging to it. */
    private static final Set<String> AFTER_NAME = ArabicNormalizer.normalizeAll("الذي", "التي", "الذين", "اللذين", "اللتين",
            "اللذان", "اللتان", "اللواتي", "التابعة", "التابع", "اليوم", "الأسبوع", "الشهر", "العام", "الماضي",
            "الجاري", "المقبل", "القادم", "الحالي", "السابق", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
            "الجمعة", "السبت");

    private static final Set<String> CENTRAL = ArabicNormalizer.normalizeAll("المركزي");

    private static Set<String> purposeHeadForms(String... heads) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String h : heads) {
            String n = ArabicNormalizer.normalize(h);
            out.add(n);
            out.add("ل" + n.substring(1)); // للشركة
            for (String c : new String[] {"و", "ب", "ف", "وب"}) {
                out.add(c + n);
            }
            for (String c : new String[] {"و", "ف"}) {
                out.add(c + "ل" + n.substring(1)); // وللشركة
            }
        }
        return java.util.Collections.unmodifiableSet(out); // a hash set: asked about every token
    }

    /**
     * A definite company or public body with its scope or country and its purpose after ل, which taggers trained
     * on names miss: {@code الشركة التونسية للكهرباء والغاز}, {@code المؤسسة الوطنية للنفط}, {@code الهيئة
     * الوطنية لمكافحة الفساد}, {@code الشركة القابضة للصناعات الكيميائية}. The purpose runs on over definite
     * words and words joined by و before one (at most three), not over a word of time (… للنفط اليوم). The
     * last token, or -1. A description with another adjective stays none: الشركة الراعية للمنتخب.
     */
    private int bodyWithPurpose(TokenSequence ts, int i) {
        if (!ts.kind(i).isWord() || !PURPOSE_HEADS.contains(ts.norm(i))) {
            return -1;
        }
        int j = i + 1;
        int scopes = 0;
        while (j < ts.size() && scopes < 3 && sameLine(ts, j) && ts.kind(j).isWord()
                && (SCOPES.contains(ts.norm(j)) || countryAdjective(ts.norm(j)))) {
            scopes++;
            j++;
        }
        if (scopes == 0 || CENTRAL.contains(ts.norm(i + 1)) && (ts.norm(i).endsWith("بنك") || ts.norm(i).endsWith("مصرف"))) {
            return -1; // البنك المركزي (التركي) is a whole name: البنك المركزي لتحدي … is "in order to"
        }
        return purposeEnd(ts, j);
    }

    /**
     * The last token of a purpose after ل starting at token {@code j} (للكهرباء والغاز, لاستغلال وتوزيع المياه),
     * or -1 when token {@code j} is none.
     */
    private static int purposeEnd(TokenSequence ts, int j) {
        if (j >= ts.size() || !sameLine(ts, j) || !ts.kind(j).isWord()) {
            return -1;
        }
        String purpose = ts.norm(j);
        if (purpose.length() < 5 || purpose.charAt(0) != 'ل' || NO_PURPOSE.contains(purpose) || !purpose.startsWith("لل") && body(purpose)) {
            return -1; // … لكنها, … لمنظمة التحرير (an organ of another body)
        }
        if (TitleWords.isHead(purpose.startsWith("لل") ? "ال" + purpose.substring(2) : purpose.substring(1))) {
            return -1; // الاتحاد الأرميني لرئيس الوفد: a person's title, no purpose
        }
        int end = j;
        boolean definiteBefore = purpose.startsWith("لل");
        boolean joined = false;
        for (int extra = 0; extra < 3 && end + 1 < ts.size() && sameLine(ts, end + 1) && ts.kind(end + 1).isWord(); extra++) {
            String w = ts.norm(end + 1);
            boolean conjunction = w.startsWith("و") && w.length() > 3;
            String bare = conjunction ? w.substring(1) : w;
            if (AFTER_NAME.contains(bare) || body(bare) || TitleWords.isHead(bare)) {
                break; // … للنفط التي, … للرياضة واللجنة الأولمبية, … للانتخابات المستشار
            }
            boolean definite = bare.startsWith("ال") && bare.length() > 3;
            boolean adjective = definite && (bare.endsWith("يه") || bare.endsWith("ي") || SCOPES.contains(bare)); // للتعبئة العامة
            if (conjunction) {
                // one coordinated purpose: للكهرباء والغاز, لاستغلال وتوزيع المياه
                boolean genitiveNext = end + 2 < ts.size() && sameLine(ts, end + 2) && ts.norm(end + 2).startsWith("ال");
                if (joined || !(definite && definiteBefore) && !(!definite && genitiveNext)) {
                    break;
                }
                joined = true;
            } else if (!adjective && !(definite && !definiteBefore)) {
                // after a definite word only its adjective: للنقل البحري, not للاستثمار الضوء الأخضر
                break;
            }
            definiteBefore = definite;
            end++;
        }
        return end;
    }

    /** A body's head, perhaps after ل or ب: الشركة, للشركة, بلجنة. */
    private static boolean body(String w) {
        String b = w.startsWith("لل") ? "ال" + w.substring(2) : w;
        if (BODIES.contains(NameKey.withoutArticle(b))) {
            return true;
        }
        return (w.startsWith("ل") || w.startsWith("ب")) && w.length() > 4 && BODIES.contains(NameKey.withoutArticle(w.substring(1)));
    }

    /** A definite adjective of a country: التونسية, and السعودية though it is also the country's name. */
    private boolean countryAdjective(String w) {
        if (catalog.isNisba(w) && w.startsWith("ال")) {
            return true;
        }
        if (!w.startsWith("ال") || !w.endsWith("يه")) {
            return false;
        }
        CatalogEntry e = catalog.find(w.substring(2));
        return e != null && e.key().startsWith("country:");
    }

    /**
     * A body of two parties: {@code مجلس روسيا – ناتو}, {@code اللجنة المصرية-الأمريكية} — a council,
     * committee or forum, a catalog name or country adjective, a dash, another one.
     */
    private int jointBody(TokenSequence ts, int i) {
        if (!ts.kind(i).isWord() || i + 3 >= ts.size()) {
            return -1;
        }
        // the dash first: it rules out almost every token without a look at the word
        int dash = i + 2;
        char c = ts.firstChar(dash);
        boolean isDash = ts.end(dash) - ts.start(dash) == 1 && Chars.isDash(c);
        if (!isDash || !ts.kind(i + 1).isWord() || !ts.kind(i + 3).isWord() || ts.lineBreakBefore(i + 3)
                || jointSkip(ts.norm(i)) < 0) {
            return -1;
        }
        return party(ts.norm(i + 1)) && party(ts.norm(i + 3)) ? i + 3 : -1;
    }

    private static int jointSkip(String w) {
        if (JOINT_HEAD_FORMS.contains(w)) {
            return 0;
        }
        for (Clitics.Reading r : Clitics.readings(w)) {
            if (JOINT_HEAD_FORMS.contains(r.word())) {
                return r.skip();
            }
        }
        return -1;
    }

    private boolean party(String w) {
        return catalog.isNisba(w) || catalog.find(w) != null && catalog.find(w).type() != EntityType.PERS;
    }

    /** The last token of a catalog place of one or two words starting at {@code k}, or -1. */
    private int catalogPlaceAt(TokenSequence ts, int k) {
        if (k + 1 < ts.size() && sameLine(ts, k + 1) && ts.kind(k + 1).isWord()) {
            CatalogEntry e = catalog.find(ts.norm(k) + " " + ts.norm(k + 1));
            if (e != null && e.type() == EntityType.LOC) {
                return k + 1;
            }
        }
        return catalogPlace(ts.norm(k)) ? k : -1;
    }

    private boolean isPlace(String w) {
        return catalog.isNisba(w) || catalogPlace(w);
    }

    private boolean catalogPlace(String w) {
        CatalogEntry e = catalog.find(w);
        return e != null && e.type() == EntityType.LOC;
    }

    private static boolean sameLine(TokenSequence ts, int j) {
        return !ts.lineBreakBefore(j);
    }
}
