package org.marsad.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Gender;
import org.marsad.text.ArabicNormalizer;

/**
 * The words that open a title or role ({@code المتحدث باسم…}, {@code رئيسة…}, {@code الأمين العام…}),
 * their gender, and the verbs and particles a title never crosses. All in normalized form
 * ({@link org.marsad.text.ArabicNormalizer}: ة is ه, hamza on alef is bare alef).
 */
final class TitleWords {
    /** Masculine heads; the feminine form adds ة (normalized ه). */
    private static final String[] HEADS = {
        "متحدث", "ناطق", "ممثل", "رئيس", "وزير", "نائب", "امين", "مندوب", "سفير", "مدير", "قائد", "زعيم",
        "ملك", "امير", "ولي", "مستشار", "عمده", "حاكم", "محافظ", "مساعد", "وكيل", "مبعوث", "منسق", "مدعي",
        "عضو", "جنرال", "لواء", "عميد", "عقيد", "فريق", "مشير", "شيخ", "دكتور", "بروفيسور", "سيد", "صحفي",
        "كاتب", "محلل", "خبير", "باحث", "مدرب", "لاعب", "نجم", "طاهي", "شيف", "بابا", "كاردينال", "قس",
        "اسقف", "جندي", "ضابط", "ناشط", "مرشح", "مؤسس", "مالك", "المسؤول", "مسؤول", "رئيسا", "قاضي",
        "محامي", "مفوض", "مراسل", "مذيع", "استاذ", "الرئيس", "نائبا", "وزيرا", "السيناتور", "سيناتور",
    };
    private static final String[] FEMININE_ONLY = {"سيده", "ملكه", "اميره", "انسه"};
    /** Heads that name the same role with different words: spokesperson. */
    private static final Set<String> SPOKESPERSON = Set.of("متحدث", "ناطق", "ممثل");

    private static final String[] SPEECH_VERBS = {
        "قال", "اضاف", "اكد", "اعلن", "اوضح", "نفي", "زعم", "شدد", "اعتبر", "راي", "كشف", "اشار", "لفت",
        "تابع", "صرح", "ذكر", "افاد", "حذر", "دعا", "طالب", "استبعد", "اعترف", "رد", "علق", "كتب", "غرد",
        "اشاد", "انتقد", "وصف", "ابلغ", "اعرب", "اتهم", "نقل", "نقلت", "قالت", "ختم", "استطرد", "اعتبر",
        "لاحظ", "اقر", "ادان", "رحب", "هدد", "طلب", "اكدت", "اضافت",
    };
    /** Words a title before a name never contains. */
    private static final Set<String> BARRIERS = ArabicNormalizer.normalizeAll(
            "عن", "ان", "بان", "على", "علي", "الي", "مع", "من", "قد", "لقد", "كما", "بعد", "قبل", "خلال", "حيث",
            "التي", "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "و", "او", "ام", "ثم", "لكن", "بينما", "اذ",
            "اذا", "لان", "حتي", "منذ", "عندما", "فيما", "وفقا", "بحسب", "حسب", "وفق", "اليوم", "امس", "يوم",
            "انه", "انها", "وان", "فان", "كان", "كانت", "ليس",
            // a negation or a preposition of opposition opens a clause about the name, no title of it
            // (قائد سويسرا ضد نيمار, الفريق في حال لم يغادر مورينيو)
            "ضد", "لم", "لن", "امام", "بدون", "دون");


    private static final Map<String, Gender> HEAD_GENDER = new HashMap<>();
    private static final Map<String, Gender> VERB_GENDER = new HashMap<>();

    static {
        for (int i = 0; i < HEADS.length; i++) {
            HEADS[i] = ArabicNormalizer.normalize(HEADS[i]);
        }
        for (int i = 0; i < SPEECH_VERBS.length; i++) {
            SPEECH_VERBS[i] = ArabicNormalizer.normalize(SPEECH_VERBS[i]);
        }
        for (String h : HEADS) {
            HEAD_GENDER.put(h, Gender.MALE);
            HEAD_GENDER.put("ال" + h, Gender.MALE);
            String f = h.endsWith("ي") ? h + "ه" : h + "ه";
            HEAD_GENDER.putIfAbsent(f, Gender.FEMALE);
            HEAD_GENDER.putIfAbsent("ال" + f, Gender.FEMALE);
        }
        for (String f : FEMININE_ONLY) {
            HEAD_GENDER.put(f, Gender.FEMALE);
            HEAD_GENDER.put("ال" + f, Gender.FEMALE);
        }
        // feminine forms that are nouns of their own: محافظة a governorate (محافظة درعا), مؤسسة an institution
        // (المؤسسة الوطنية للنفط); taken for titles they made those places and bodies job titles, no entities
        for (String noun : new String[] {"محافظه", "موسسه"}) {
            HEAD_GENDER.remove(noun);
            HEAD_GENDER.remove("ال" + noun);
        }
        // words that end in ه in their masculine form are not feminine
        HEAD_GENDER.put("عمده", Gender.UNKNOWN);
        HEAD_GENDER.put("العمده", Gender.UNKNOWN);
        HEAD_GENDER.put("بابا", Gender.MALE);
        HEAD_GENDER.put("البابا", Gender.MALE);
        for (String v : SPEECH_VERBS) {
            if (v.endsWith("ت") && !v.equals("تابع")) {
                VERB_GENDER.put(v, Gender.FEMALE);
                continue;
            }
            VERB_GENDER.putIfAbsent(v, Gender.MALE);
            String fem = v.endsWith("ي") || v.endsWith("ا") ? v.substring(0, v.length() - 1) + "ت" : v + "ت";
            VERB_GENDER.put(fem, Gender.FEMALE);
        }
        for (String v : Set.copyOf(VERB_GENDER.keySet())) {
            for (String p : new String[] {"و", "ف"}) {
                VERB_GENDER.putIfAbsent(p + v, VERB_GENDER.get(v));
            }
        }
    }

    private TitleWords() {
    }

    /** Whether a normalized word opens a title. */
    static boolean isHead(String w) {
        return HEAD_GENDER.containsKey(w) || w.startsWith("لل") && HEAD_GENDER.containsKey("ال" + w.substring(2));
    }

    static Gender headGender(String w) {
        Gender g = HEAD_GENDER.get(w);
        return g == null ? Gender.UNKNOWN : g;
    }

    /** A speech verb; its gender (MALE/FEMALE), or null when the word is none. */
    static Gender verbGender(String w) {
        return VERB_GENDER.get(w);
    }

    static boolean isBarrier(String w) {
        return BARRIERS.contains(w) || VERB_GENDER.containsKey(w);
    }

    /** The role a head names, the same for synonyms and both genders: {@code ممثل}, {@code المتحدثة → متحدث}. */
    static String roleClass(String head) {
        String w = NameKey.withoutArticle(head);
        if (w.startsWith("لل")) {
            w = w.substring(2);
        }
        if (w.endsWith("ه") && HEAD_GENDER.get(w) == Gender.FEMALE) {
            w = w.substring(0, w.length() - 1);
        }
        return SPOKESPERSON.contains(w) ? "متحدث" : w;
    }

    static Set<String> heads() {
        return new HashSet<>(HEAD_GENDER.keySet());
    }
}
