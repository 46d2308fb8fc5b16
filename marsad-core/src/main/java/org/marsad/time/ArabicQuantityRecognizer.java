package org.marsad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.DateExpression;
import org.marsad.model.Field;
import org.marsad.model.Quantity;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;
import org.marsad.model.TokenKind;
import org.marsad.pipeline.DateRecognizer;
import org.marsad.pipeline.QuantityRecognizer;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TokenSequence;

/**
 * Numbers with their units: {@code 19 طائرة}, {@code 110 كيلومترات في الساعة}, {@code ثلاثة آلاف جندي},
 * {@code 2.5 مليار دولار}, {@code 40 في المئة}, {@code ٣٥٠ كلم}. A number counts when a unit or a counted
 * noun follows it; numbers inside dates are left to the date recognizer. Thread-safe.
 */
public final class ArabicQuantityRecognizer implements QuantityRecognizer {
    /** Words after a number that are no unit. */
    private static final Set<String> NOT_UNIT = TimeLexicon.normalizedSet("في", "من", "على", "إلى", "عن", "و", "أو",
            "ثم", "مع", "حتى", "منذ", "بعد", "قبل", "خلال", "لدى", "عند", "بين", "أن", "إن", "التي", "الذي", "الذين",
            "ما", "لا", "لم", "لن", "قد", "كما", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "وفي", "ومن", "أي",
            "إلا", "لكن", "فقط", "نحو", "حوالي", "تقريبا", "أكثر", "أقل", "مقابل", "مقارنة", "بنسبة", "بعدما", "عندما",
            "كل", "بعض", "جميع", "أمام", "لصالح", "ضد", "دون", "بدون", "عبر", "حيث", "فيما", "بينما", "وذلك", "حسب",
            "بحسب", "وفق", "وفقا", "يوم", "أيضا", "سنة", "عام", "أمس", "غدا", "الآن", "فيما", "وقد", "قبل", "بتوقيت", "توقيت", "منهم", "منها", "منهما", "عالميا",
            "مساء", "صباحا", "ظهرا", "ليلا", "فجرا", "عصرا", "لسنة", "لعام", "غرينتش", "مساءً", "صباحاً", "ليلاً");
    private static final Set<String> PER = TimeLexicon.normalizedSet("الساعة", "الثانية", "اليوم", "الدقيقة",
            "السنة", "العام", "الشهر", "الأسبوع");

    private final DateRecognizer dates;

    public ArabicQuantityRecognizer() {
        this(new ArabicDateRecognizer());
    }

    /** With the date recognizer whose spans hold numbers that are no quantity. */
    public ArabicQuantityRecognizer(DateRecognizer dates) {
        this.dates = dates;
    }

    @Override
    public List<Quantity> recognize(AnalyzedText text) {
        return recognize(text, dates.recognize(text));
    }

    @Override
    public List<Quantity> recognize(AnalyzedText text, List<DateExpression> ds) {
        List<Quantity> out = new ArrayList<>();
        NumberWords.Match nm = new NumberWords.Match();
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Field field = sentences.get(s).field();
            TokenSequence ts = text.tokens(field);
            int first = text.sentenceFirstToken(s);
            int end = text.sentenceEndToken(s);
            for (int i = first; i < end; i++) {
                TokenKind kind = ts.kind(i);
                if (kind != TokenKind.NUMBER && kind != TokenKind.ARABIC) {
                    continue;
                }
                if (!NumberWords.parse(ts, i, end, nm) || ordinalBefore(ts, i, first) || clock(ts, i, first, end)
                        || inDate(ds, field, ts.start(i), ts.end(nm.end - 1))) {
                    continue;
                }
                int j = nm.end;
                int unitStart = -1;
                int unitEnd = -1;
                String unit = null;
                int pct = Units.percentEnd(ts, j, end);
                if (pct > 0) {
                    unit = "%";
                    unitEnd = pct;
                } else if (i > first && currencySymbol(ts.firstChar(i - 1)) && ts.end(i - 1) == ts.start(i)) {
                    unit = String.valueOf(ts.firstChar(i - 1));
                    unitEnd = j;
                } else if (j < end && ts.kind(j) == TokenKind.ARABIC && isUnit(ts, j)) {
                    unitStart = j;
                    unitEnd = j + 1;
                    // 110 كيلومترات في الساعة
                    if (unitEnd + 1 < end && ts.norm(unitEnd).equals("في") && PER.contains(ts.norm(unitEnd + 1))) {
                        unitEnd += 2;
                    }
                }
                if (unitEnd < 0) {
                    i = j - 1;
                    continue;
                }
                if (unit == null) {
                    unit = text.field(field).substring(ts.start(unitStart), ts.end(unitEnd - 1));
                }
                int startChar = unit.length() == 1 && currencySymbol(unit.charAt(0)) ? ts.start(i - 1)
                        : ts.start(i) + (nm.prefix > 0 ? 1 : 0);
                out.add(new Quantity(TextSpan.of(text.article(), field, startChar, ts.end(unitEnd - 1)), nm.value, unit));
                i = unitEnd - 1;
            }
        }
        return out;
    }

    private static boolean isUnit(TokenSequence ts, int j) {
        String n = ts.norm(j);
        if (Units.isCounted(n)) {
            return true;
        }
        // an unlisted counted noun: indefinite, no conjunction, no function word, not a month or weekday
        return n.length() >= 2 && n.charAt(0) != 'و' && n.charAt(0) != 'ف' && !n.startsWith("ال") && !n.startsWith("وال") && !n.startsWith("بال")
                && !n.startsWith("لل") && !NOT_UNIT.contains(n)
                && TimeLexicon.get().lookup(TimeLexicon.Kind.MONTH, n) == null
                && TimeLexicon.get().lookup(TimeLexicon.Kind.WEEKDAY, n) == null;
    }

    /** {@code الساعة 10}, {@code 10:30}: a clock time, no quantity. */
    private static boolean clock(TokenSequence ts, int i, int first, int end) {
        if (i > first && (ts.norm(i - 1).endsWith("الساعه") || ts.firstChar(i - 1) == ':')) {
            return true;
        }
        return i + 1 < end && ts.firstChar(i + 1) == ':' && ts.end(i) == ts.start(i + 1);
    }

    /** {@code الـ68}: an ordinal with the article, no count. */
    private static boolean ordinalBefore(TokenSequence ts, int i, int first) {
        return i > first && ts.kind(i) == TokenKind.NUMBER && ts.norm(i - 1).equals("ال") && ts.end(i - 1) >= ts.start(i) - 1;
    }

    private static boolean currencySymbol(char c) {
        return c == '$' || c == '€' || c == '£' || c == '¥';
    }

    private static boolean inDate(List<DateExpression> ds, Field field, int start, int end) {
        for (DateExpression d : ds) {
            TextSpan s = d.span();
            if (s.field() == field && s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
