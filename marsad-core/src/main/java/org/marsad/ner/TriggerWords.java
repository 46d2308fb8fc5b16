package org.marsad.ner;

/**
 * Words that announce an entity of a type: titles and roles before persons, institution nouns before
 * organizations, place nouns before locations. Matched on the proclitic-stripped normalized form, so
 * الرئيس, والرئيس and للرئيس are one trigger. Hand-written general vocabulary, not names.
 */
final class TriggerWords {
    static final int PERSON_TITLE = 1;
    static final int ORG_NOUN = 2;
    static final int PLACE_NOUN = 4;
    static final int SPEECH_VERB = 8;

    private static final String[] PERSON_TITLES = {
        "رئيس", "رئيسة", "وزير", "وزيرة", "ملك", "ملكة", "أمير", "أميرة", "شيخ", "سيد", "سيدة", "دكتور", "د.", "مستشار",
        "جنرال", "عقيد", "لواء", "عميد", "زعيم", "متحدث", "ناطق", "نائب", "أمين", "بابا", "سفير", "مبعوث", "ممثل", "مدرب",
        "لاعب", "نجم", "مطرب", "مطربة", "فنان", "فنانة", "صحفي", "قائد", "عاهل", "ولي", "مساعد", "مدير", "مديرة",
        "كاتب", "كاتبة", "محامي", "قاضي", "مفتي", "إمام", "حاخام", "المستشارة", "الرئيس", "السيناتور",
        "سيناتور", "النائبة", "نائبة", "مندوب", "مندوبة", "مراسل", "مراسلة", "محافظ", "عمدة", "البروفيسور", "بروفيسور",
        "المخرج", "مخرج", "الممثلة", "ممثلة", "الأمير", "الشيخ", "الملك", "الجنرال", "المشير", "مشير", "الفريق", "العقيد",
        "الرائد", "النقيب", "المطران", "البطريرك", "الكاردينال", "الأب", "الداعية", "العلامة", "المهندس", "مهندس", "الحاج",
        "المدعو", "المواطن", "الشاب", "الطفل", "الطفلة", "الشاعر", "شاعر", "الروائي", "الباحث", "باحث", "الخبير", "خبير"
    };
    private static final String[] ORG_NOUNS = {
        "وزارة", "حزب", "حركة", "منظمة", "شركة", "وكالة", "جامعة", "مجلس", "هيئة", "اتحاد", "جمعية", "بنك", "مؤسسة",
        "صحيفة", "جريدة", "قناة", "إذاعة", "لجنة", "محكمة", "جبهة", "حلف", "نادي", "منتدى", "مركز", "معهد", "برلمان",
        "مجموعة", "تحالف", "كتائب", "جيش", "قوات", "صندوق", "مصرف", "مجلة", "تلفزيون", "ائتلاف", "نقابة", "رابطة",
        "شبكة", "بورصة", "أكاديمية", "كلية", "مستشفى", "فريق", "منتخب", "سلطة", "إدارة", "مكتب", "دائرة", "بعثة"
    };
    private static final String[] PLACE_NOUNS = {
        "مدينة", "بلدة", "قرية", "محافظة", "ولاية", "مقاطعة", "إقليم", "منطقة", "جزيرة", "جزر", "نهر", "بحر", "جبل",
        "جبال", "عاصمة", "دولة", "مخيم", "حي", "شارع", "ميناء", "مطار", "بحيرة", "صحراء", "خليج", "مضيق", "قطاع", "ضاحية",
        "بلاد", "إمارة", "جمهورية", "مملكة", "سلطنة", "وادي", "ساحة", "ميدان", "قضاء", "ريف", "شمال", "جنوب", "شرق",
        "غرب", "وسط", "حدود", "عاصمتها", "مدن"
    };
    private static final String[] SPEECH_VERBS = {
        "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أعلن", "أعلنت", "صرح", "صرحت", "أوضح", "أوضحت", "أشار", "أشارت",
        "ذكر", "ذكرت", "اعتبر", "اعتبرت", "رأى", "رأت", "دعا", "دعت", "طالب", "طالبت", "نفى", "نفت", "اتهم", "اتهمت",
        "التقى", "استقبل", "بحث", "زار", "وصل", "غادر"
    };

    private final IntIntMap classes = new IntIntMap(512);
    private final NerStems stems;

    TriggerWords(NerStems stems) {
        this.stems = stems;
        add(PERSON_TITLES, PERSON_TITLE);
        add(ORG_NOUNS, ORG_NOUN);
        add(PLACE_NOUNS, PLACE_NOUN);
        add(SPEECH_VERBS, SPEECH_VERB);
    }

    private void add(String[] words, int cls) {
        for (String w : words) {
            String n = WordForms.normalize(w);
            String stem = stems.stem(w);
            for (String form : new String[] {n, stem}) {
                int h = Hashing.chars(form);
                classes.put(h, classes.get(h, 0) | cls);
            }
        }
    }

    /** Trigger classes of a word, given the hash of its proclitic-stripped form. */
    int classesOf(int stemHash) {
        return classes.get(stemHash, 0);
    }
}
