package org.marsad.time;

import java.util.HashSet;
import java.util.Set;
import org.marsad.model.TokenKind;
import org.marsad.text.TokenSequence;

/**
 * Units and counted nouns that follow numbers in news: measures, currencies, people and things. Lets
 * the quantity recognizer name a unit and the date recognizer tell {@code 2000 شخص} from {@code 2000}.
 */
final class Units {
    private static final Set<String> COUNTED = new HashSet<>();
    private static final Set<String> PERCENT_WORDS = new HashSet<>();

    static {
        String[] words = {
            // people
            "شخص", "شخصا", "أشخاص", "قتيل", "قتيلا", "قتلى", "جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين",
            "إصابة", "إصابات", "حالة", "حالات", "وفاة", "وفيات", "جندي", "جنديا", "جنود", "عنصر", "عنصرا", "عناصر",
            "مقاتل", "مقاتلا", "مقاتلين", "مسلح", "مسلحا", "مسلحين", "لاجئ", "لاجئا", "لاجئين", "مهاجر", "مهاجرا",
            "مهاجرين", "طالب", "طالبا", "طلاب", "تلميذ", "تلميذا", "موظف", "موظفا", "موظفين", "عامل", "عاملا", "عمال",
            "طفل", "طفلا", "أطفال", "امرأة", "نساء", "رجل", "رجلا", "نسمة", "مواطن", "مواطنا", "مواطنين", "سائح",
            "سائحا", "سياح", "معتقل", "معتقلا", "معتقلين", "أسير", "أسيرا", "أسرى", "سجين", "سجينا", "سجناء", "ضحية",
            "ضحايا", "ناخب", "ناخبا", "ناخبين", "صوت", "صوتا", "أصوات", "مشارك", "مشاركا", "مشاركين", "عضو", "عضوا",
            "أعضاء", "نائب", "نائبا", "نواب", "متظاهر", "متظاهرا", "متظاهرين", "شهيد", "شهيدا", "شهداء", "فرد", "فردا",
            "أفراد", "عائلة", "عائلات", "أسرة", "أسر", "منتخب", "منتخبا", "فريق", "فريقا", "لاعب", "لاعبا", "لاعبين",
            // things
            "طائرة", "طائرات", "صاروخ", "صاروخا", "صواريخ", "سيارة", "سيارات", "دبابة", "دبابات", "منزل", "منزلا",
            "منازل", "مبنى", "مباني", "وحدة", "وحدات", "مشروع", "مشروعا", "مشاريع", "شركة", "شركات", "مدرسة", "مدارس",
            "قرية", "قرى", "بلد", "بلدا", "دولة", "دول", "مدينة", "مدن", "غارة", "غارات", "هجوم", "هجوما", "هجمات",
            "برميل", "براميل", "رأس", "نسخة", "نسخ", "طن", "أطنان", "كتاب", "كتب", "صفحة", "صفحات", "مقعد", "مقعدا",
            "مقاعد", "سفينة", "سفن", "قارب", "قاربا", "مركبة", "مركبات", "مليون", "ألف", "مرة", "مرات", "جلسة",
            "بند", "بندا", "مادة", "لقاح", "جرعة", "جرعات", "وظيفة", "وظائف", "فرصة", "عملية", "عمليات", "خطوة",
            "مستشفى", "مستشفيات", "سرير", "عينة", "عينات", "اختبار", "اختبارات", "ميدالية", "هدف", "أهداف", "نقطة",
            "نقاط", "درجة", "درجات",
            // measures and money
            "دولار", "دولارا", "دولارات", "يورو", "جنيه", "جنيها", "جنيهات", "ريال", "ريالا", "ريالات", "درهم", "درهما",
            "دراهم", "دينار", "دينارا", "دنانير", "ليرة", "ليرات", "روبل", "روبلا", "ين", "يوان", "فرنك", "فرنكا",
            "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "متر", "مترا", "أمتار", "سنتيمتر", "ميل", "ميلا", "أميال",
            "كيلوغرام", "كيلوغراما", "كيلوغرامات", "كغ", "كلغ", "غرام", "غراما", "لتر", "لترا", "ليتر", "هكتار",
            "هكتارا", "فدان", "فدانا", "ميغاواط", "واط", "كيلوواط", "بت", "بايت", "ميغابايت", "غيغابايت", "دقيقة",
            "دقائق", "ساعة", "ساعات", "يوم", "يوما", "أيام", "أسبوع", "أسبوعا", "أسابيع", "شهر", "شهرا", "أشهر",
            "شهور", "عام", "عاما", "أعوام", "سنة", "سنوات", "سنين", "قرن", "ثانية", "ثوان", "عقد", "عقود",
            "مترا مربعا", "كيلو", "بالمئة", "بالمائة", "نقطة"
        };
        for (String w : words) {
            COUNTED.add(TimeLexicon.norm(w));
        }
        for (String w : new String[] {"المئة", "المائة", "بالمئة", "بالمائة", "المية", "بالمية"}) {
            PERCENT_WORDS.add(TimeLexicon.norm(w));
        }
    }

    private Units() {
    }

    /** Whether a normalized token is a known unit or counted noun. */
    static boolean isCounted(String norm) {
        return COUNTED.contains(norm);
    }

    /** Whether token {@code k} after a number makes it a count: a unit, {@code %}, {@code في المئة}, a scale word. */
    static boolean isCountAfterNumber(TokenSequence ts, int k, int limit) {
        if (k >= limit) {
            return false;
        }
        TokenKind kind = ts.kind(k);
        if (kind == TokenKind.SYMBOL || kind == TokenKind.PUNCT) {
            char c = ts.firstChar(k);
            return c == '%' || c == '٪';
        }
        if (kind != TokenKind.ARABIC) {
            return false;
        }
        String n = ts.norm(k);
        return COUNTED.contains(n) || PERCENT_WORDS.contains(n) || isPercentAt(ts, k, limit);
    }

    /** {@code في المئة} / {@code بالمئة} at {@code k}: returns the token after it, or -1. */
    static int percentEnd(TokenSequence ts, int k, int limit) {
        if (k >= limit) {
            return -1;
        }
        TokenKind kind = ts.kind(k);
        if (kind == TokenKind.SYMBOL || kind == TokenKind.PUNCT) {
            char c = ts.firstChar(k);
            return c == '%' || c == '٪' ? k + 1 : -1;
        }
        String n = ts.norm(k);
        if (PERCENT_WORDS.contains(n)) {
            return k + 1;
        }
        if (n.equals("في") && k + 1 < limit && PERCENT_WORDS.contains(ts.norm(k + 1))) {
            return k + 2;
        }
        return -1;
    }

    private static boolean isPercentAt(TokenSequence ts, int k, int limit) {
        return percentEnd(ts, k, limit) > 0;
    }
}
