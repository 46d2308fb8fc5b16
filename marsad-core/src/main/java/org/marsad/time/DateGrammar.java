package org.marsad.time;

import java.util.Set;
import org.marsad.model.TokenKind;
import org.marsad.text.TokenSequence;
import org.marsad.time.TimeLexicon.Kind;
import org.marsad.time.TimeLexicon.Word;

/**
 * The grammar of Arabic date expressions over tokens: tries, at one token, every form the
 * recognizer knows and fills a {@link DateMention} with the first that matches. Reads only token
 * norms and kinds. Keeps scratch state between its helpers: one instance per scan, not shared.
 */
final class DateGrammar {
    private static final TimeLexicon LEX = TimeLexicon.get();
    private static final Kind[] KINDS = Kind.values();

    private static final String MIN = "من";
    private static final Set<String> RANGE_START = TimeLexicon.normalizedSet("من", "ومن", "بين", "وبين");
    private static final Set<String> RANGE_LINK = TimeLexicon.normalizedSet("الي", "حتي", "و", "-", "–", "—", "ولغايه", "لغايه");
    private static final Set<String> SAME = TimeLexicon.normalizedSet("نفسه", "ذاته", "عينه");
    private static final Set<String> THIS = TimeLexicon.normalizedSet("هذا", "هذه", "وهذا", "وهذه");
    private static final Set<String> NEXT_ANAPHORIC = TimeLexicon.normalizedSet("التالي", "التاليه", "الموالي", "اللاحق");
    private static final Set<String> THAT = TimeLexicon.normalizedSet("ذلك", "ذاك", "هذا", "تلك");
    private static final Set<String> AFTER = TimeLexicon.normalizedSet("بعد", "وبعد");
    private static final Set<String> BEFORE = TimeLexicon.normalizedSet("قبل", "وقبل");
    /** Words between a counted time and what it counts from ({@code قبل سنة واحدة فقط من}). */
    private static final Set<String> ONLY = TimeLexicon.normalizedSet("واحد", "واحدة", "فقط", "تقريبا", "تقريباً");
    private static final Set<String> APPROXIMATELY = TimeLexicon.normalizedSet("نحو", "حوالي", "قرابة", "زهاء",
            "حوالى");
    /** Before {@code اليوم} these make it "the day", not today ({@code ذلك اليوم}, {@code طوال اليوم}). */
    private static final Set<String> NOT_TODAY_BEFORE = TimeLexicon.normalizedSet("هذا", "ذلك", "ذاك", "نفس", "ذات",
            "بنفس", "كل", "طيله", "طوال", "منذ");
    /** Media named with اليوم: روسيا اليوم، المصري اليوم، أخبار اليوم، صحيفة اليوم. */
    private static final Set<String> TODAY_AS_NAME_BEFORE = TimeLexicon.normalizedSet("روسيا", "لروسيا", "المصري",
            "للمصري", "أخبار", "لأخبار", "فلسطين", "صحيفة", "لصحيفة", "جريدة", "لجريدة", "قناة", "لقناة", "برنامج",
            "مجلة", "لمجلة");
    private static final Set<String> NOT_MONDAY_BEFORE = TimeLexicon.normalizedSet("بين", "كلا", "هذين", "هذان", "كلي");
    private static final Set<String> NOT_MONDAY_AFTER = TimeLexicon.normalizedSet("معا", "معاً");
    /** "الاثنين والعشرين", "الأحد والثلاثين": the unit of a compound number, no weekday. */
    private static final Set<String> TENS_AFTER_UNITS = TimeLexicon.normalizedSet("والعشرين", "وعشرين", "والعشرون", "وعشرون",
            "والثلاثين", "وثلاثين", "والثلاثون", "والأربعين", "وأربعين", "والخمسين", "وخمسين", "والستين", "وستين", "والسبعين",
            "وسبعين", "والثمانين", "وثمانين", "والتسعين", "وتسعين");
    /** Words that open a new clause: a future verb before them does not reach a weekday after them. */
    private static final Set<String> CLAUSE_TURN = TimeLexicon.normalizedSet("لكن", "لكنه", "لكنها", "لكنهم", "ولكن",
            "ولكنه", "ولكنها", "ولكنهم", "بينما", "وبينما", "غير");
    private static final Set<String> NOT_FRIDAY_BEFORE = TimeLexicon.normalizedSet("صلاه", "خطبه", "خطيب", "صلوات", "خطب", "لصلاه",
            "وصلاه", "بصلاه", "امام", "جمعه");
    /** Temporal prepositions that let a month name that is also a word count alone. */
    private static final Set<String> TEMPORAL_BEFORE = TimeLexicon.normalizedSet("في", "خلال", "منذ", "حتي", "قبل", "بعد", "اواخر",
            "اوائل", "مطلع", "منتصف", "نهايه", "بدايه", "اواسط", "وفي", "وخلال", "ومنذ", "وحتي", "وقبل", "وبعد",
            "شهر", "وشهر", "بشهر", "لشهر", "مستهل", "غضون", "ففي", "منذ", "اعتبارا", "ابتداء", "اول");
    private static final Set<String> CORRESPONDING = TimeLexicon.normalizedSet("الموافق", "الموافقة");
    /** Words that make a four-digit number a count, not a year. */
    private static final Set<String> COUNT_BEFORE = TimeLexicon.normalizedSet("نحو", "حوالي", "قرابه", "زهاء", "يقارب", "يناهز",
            "رقم", "الرقم", "القرار", "قرار", "المادة", "الماده", "ماده", "البند", "بند", "الفصل", "الرحله", "رحله",
            "اجمالي", "مجموع", "عدد", "بلغ", "بلغت", "وبلغ", "وبلغت", "قدره", "قدرها", "الساعه", "بقيمه", "قيمته",
            "قيمتها", "الطريق", "الاتفاقيه", "قانون", "القانون", "سعر", "بسعر", "مبلغ", "بمبلغ", "بحوالي", "بنحو",
            "كود", "الكود", "الغرفه", "طراز", "موديل");
    /** Words that start an expression without being time words themselves. */
    private static final Set<String> OTHER_STARTS = TimeLexicon.normalizedSet("من", "ومن", "بين", "وبين", "أول",
            "وأول", "بعد", "وبعد", "قبل", "وقبل", "نفس", "ذات", "بنفس", "وبنفس", "هذا", "هذه", "وهذا", "وهذه",
            "يوم", "ويوم");
    private static final Set<String> IN = TimeLexicon.normalizedSet("في", "وفي", "ففي");
    private static final Set<String> SINCE = TimeLexicon.normalizedSet("منذ", "ومنذ");
    /** "هجمات 11 سبتمبر": the attacks of 2001, which news names by their day alone (with و/ل/ب, or the article). */
    private static final Set<String> ATTACKS = TimeLexicon.normalizedSet("هجمات", "الهجمات", "لهجمات", "بهجمات", "وهجمات",
            "أحداث", "لأحداث", "بأحداث", "وأحداث", "اعتداءات", "لاعتداءات", "باعتداءات", "واعتداءات", "تفجيرات", "لتفجيرات",
            "بتفجيرات", "وتفجيرات", "هجوم", "هجومات");
    private static final int ATTACKS_YEAR = 2001;
    private static final Set<String> MORE_LESS = TimeLexicon.normalizedSet("أكثر", "أقل", "يزيد", "يقل");

    /**
     * Matches a date expression starting at token {@code i} and ending before {@code limit} (the
     * sentence end); fills {@code m} and returns true when one is found.
     */
    boolean match(TokenSequence ts, int i, int sentenceStart, int limit, DateMention m) {
        m.reset(i);
        this.sentence = sentenceStart;
        TokenKind kind = ts.kind(i);
        if (kind == TokenKind.DATE) {
            if (!numericDate(ts, i, m)) {
                return false;
            }
            boolean hijri = m.hijri;
            m.end = eraAfter(ts, i + 1, limit, m);
            m.hijri = hijri || m.hijri && m.year >= 1300 && m.year <= 1600;
            return true;
        }
        if (kind == TokenKind.NUMBER) {
            if (dayMonth(ts, i, i, limit, m)) {
                return true;
            }
            m.reset(i);
            return bareYear(ts, i, sentenceStart, limit, m);
        }
        if (kind != TokenKind.ARABIC) {
            return false;
        }
        String n = ts.norm(i);
        if (!OTHER_STARTS.contains(n) && !LEX.isTimeWord(n)) {
            return false;
        }
        if (RANGE_START.contains(n) && i + 1 < limit && dayMonth(ts, i + 1, i, limit, m) && m.endDay > 0) {
            return true;
        }
        m.reset(i);
        Word dayWord = word(ts, Kind.DAY_WORD, i, limit);
        if (dayWord != null && !n.endsWith("اليوم") && i + 1 < limit && ts.kind(i + 1) == TokenKind.NUMBER
                && dayMonth(ts, i + 1, i, limit, m)) {
            return true; // يوم 3 جوان
        }
        for (int alt = 0; alt < 8; alt++) {
            m.reset(i);
            boolean found = switch (alt) {
                case 0 -> relativeDay(ts, i, sentenceStart, limit, m);
                case 1 -> weekdayPhrase(ts, i, i, sentenceStart, limit, m);
                case 2 -> anaphora(ts, i, limit, m);
                case 3 -> periodPhrase(ts, i, i, limit, m);
                case 4 -> partPhrase(ts, i, limit, m);
                case 5 -> dayMonth(ts, i, i, limit, m);
                case 6 -> monthPhrase(ts, i, i, limit, false, m);
                default -> yearPhrase(ts, i, i, limit, m);
            };
            if (found) {
                return true;
            }
        }
        m.reset(i);
        return false;
    }

    // ---- numeric: 10/1/2022, 2022-01-10

    private boolean numericDate(TokenSequence ts, int i, DateMention m) {
        String s = ts.norm(i);
        int[] parts = new int[3];
        int[] lens = new int[3];
        int p = 0;
        for (int k = 0; k < s.length() && p < 3; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                parts[p] = parts[p] * 10 + (c - '0');
                lens[p]++;
            } else {
                p++;
            }
        }
        int y;
        int mo;
        int d;
        if (lens[0] == 4) {
            y = parts[0];
            mo = parts[1];
            d = parts[2];
        } else {
            d = parts[0];
            mo = parts[1];
            y = lens[2] == 2 ? (parts[2] <= 50 ? 2000 + parts[2] : 1900 + parts[2]) : parts[2];
        }
        // 14/10/1439: a year of the Hijri era, as Saudi and Gulf outlets write it
        boolean hijri = y >= 1300 && y <= 1600;
        if (mo < 1 || mo > 12 || d < 1 || d > (hijri ? 30 : Calendars.daysInMonth(y, mo)) || y < 1000) {
            return false;
        }
        m.hijri = hijri;
        m.year = y;
        m.month = mo;
        m.day = d;
        m.end = i + 1;
        return true;
    }

    // ---- اليوم، أمس، أول أمس، غداً، بعد غد، صباح اليوم

    private boolean relativeDay(TokenSequence ts, int i, int sentenceStart, int limit, DateMention m) {
        int j = i;
        boolean dayPart = false;
        if (word(ts, Kind.DAY_PART, j, limit) != null && j + 1 < limit) {
            dayPart = true;
            j++;
        }
        String n = ts.norm(j);
        int offset;
        int end;
        if ((n.equals("اول") || n.equals("واول")) && j + 1 < limit && isRel(ts, j + 1, -1)) {
            offset = -2;
            end = j + 2;
        } else if (AFTER.contains(n) && j + 1 < limit && ts.norm(j + 1).equals("غد")) {
            offset = 2;
            end = j + 2;
        } else if ((n.equals("يوم") || n.equals("ويوم")) && j + 1 < limit && ts.norm(j + 1).equals("غد")) {
            offset = 1; // يوم غد
            end = j + 2;
        } else if ((n.equals("يوم") || n.equals("ويوم")) && j + 1 < limit && isRel(ts, j + 1, -1)) {
            offset = -1; // يوم أمس
            end = j + 2;
        } else {
            Word w = word(ts, Kind.REL_DAY, j, limit);
            if (w == null) {
                return false;
            }
            offset = w.value();
            end = j + 1;
            String base = n.substring(w.prefix());
            if (offset == 0) {
                if (!today(ts, j, sentenceStart, limit)) {
                    return false;
                }
            } else if (offset == -1) {
                if (end < limit && ts.norm(end).startsWith("الحاج")) {
                    return false; // أمس الحاجة: in most need
                }
                if (base.equals("الامس") && !dayPart && w.prefix() == 0) {
                    return false; // حلفاء الأمس: of the past
                }
                if (end < limit && ts.norm(end).equals("الاول")) {
                    offset = -2;
                    end++;
                }
            } else {
                if (base.equals("الغد") && !dayPart) {
                    return false; // حزب الغد; only صباح الغد
                }
                if (base.equals("غدا") && !dayPart && !tomorrowSupported(ts, j, end, limit)) {
                    return false; // غدا: also the verb "became"
                }
            }
        }
        m.type = DateMention.Type.RELATIVE_DAY;
        m.offset = offset;
        m.end = end;
        startAt(ts, i, m, dayPart ? word(ts, Kind.DAY_PART, i, limit).prefix() : prefixOf(ts, j));
        // اليوم الأربعاء, أمس الثلاثاء: the weekday belongs to the expression
        if (end < limit) {
            Word wd = word(ts, Kind.WEEKDAY, end, limit);
            if (wd != null && wd.prefix() == 0) {
                m.weekday = wd.value();
                m.end = end + 1;
            }
        }
        return true;
    }

    private boolean isRel(TokenSequence ts, int j, int offset) {
        Word w = LEX.lookup(Kind.REL_DAY, ts.norm(j));
        return w != null && w.value() == offset && w.prefix() == 0;
    }

    /** {@code اليوم} means today unless a modifier makes it "the day" ({@code اليوم العالمي}, {@code اليوم الذي}). */
    private boolean today(TokenSequence ts, int j, int sentenceStart, int limit) {
        if (j + 1 < limit) {
            String next = ts.norm(j + 1);
            if (next.startsWith("ال") && LEX.lookup(Kind.WEEKDAY, next) == null) {
                return false;
            }
            if (SAME.contains(next) || next.equals("ذاته")) {
                return false;
            }
            if (ts.kind(j + 1) == TokenKind.NUMBER) {
                return false; // اليوم 13 من الإضراب
            }
        }
        if (j > sentenceStart) {
            String prev = ts.norm(j - 1);
            if (NOT_TODAY_BEFORE.contains(prev) || TODAY_AS_NAME_BEFORE.contains(prev)) {
                return false;
            }
        }
        return true;
    }

    /** {@code غدا} is also the verb "became": count it when the sentence or a weekday follows. */
    private boolean tomorrowSupported(TokenSequence ts, int j, int end, int limit) {
        String text = ts.text(j);
        if (text.indexOf('\u064B') >= 0) {
            return true; // غداً with tanween is only the adverb
        }
        if (end >= limit) {
            return true;
        }
        TokenKind k = ts.kind(end);
        return k == TokenKind.PUNCT || k == TokenKind.QUOTE || LEX.lookup(Kind.WEEKDAY, ts.norm(end)) != null
                || LEX.lookup(Kind.DAY_PART, ts.norm(end)) != null;
    }

    // ---- الخميس، يوم الخميس الماضي، الخميس 13 كانون الثاني

    private boolean weekdayPhrase(TokenSequence ts, int i, int spanStart, int sentenceStart, int limit,
                                  DateMention m) {
        int j = i;
        Word dayWord = word(ts, Kind.DAY_WORD, j, limit);
        boolean withDayWord = false;
        if (dayWord != null && j + 1 < limit && LEX.lookup(Kind.WEEKDAY, ts.norm(j + 1)) != null) {
            withDayWord = true;
            j++;
        } else if (word(ts, Kind.DAY_PART, j, limit) != null && j + 1 < limit
                && LEX.lookup(Kind.WEEKDAY, ts.norm(j + 1)) != null) {
            withDayWord = true; // مساء الخميس
            j++;
        }
        Word w = word(ts, Kind.WEEKDAY, j, limit);
        if (w == null || (withDayWord && w.prefix() > 0)) {
            return false;
        }
        String base = ts.norm(j).substring(w.prefix());
        int dow = w.value();
        if (!withDayWord && !weekdayPlausible(ts, j, dow, base, sentenceStart, limit)) {
            return false;
        }
        int end = j + 1;
        m.type = DateMention.Type.WEEKDAY;
        m.weekday = dow;
        m.direction = DateMention.NEAREST;
        if (end < limit) {
            Word q = word(ts, Kind.QUALIFIER, end, limit);
            if (q != null && q.prefix() == 0 && q.value() != 0) {
                m.direction = q.value();
                end++;
            }
        }
        // a calendar date after the weekday: الخميس 13 كانون الثاني، الخميس الموافق 13
        int k = end;
        if (k < limit && ts.kind(k) == TokenKind.PUNCT && ts.firstChar(k) == '،' || k < limit && ts.firstChar(k) == ',') {
            k++;
        }
        if (k < limit && CORRESPONDING.contains(ts.norm(k))) {
            k++;
        }
        int weekday = dow;
        int direction = m.direction;
        if (k < limit && m.direction == DateMention.NEAREST) {
            if (ts.kind(k) == TokenKind.DATE && numericDate(ts, k, m)) {
                m.type = DateMention.Type.CALENDAR;
                m.weekday = weekday;
                startAt(ts, spanStart, m, prefixOf(ts, spanStart));
                return true;
            }
            m.reset(spanStart);
            if (dayMonth(ts, k, spanStart, limit, m)) {
                m.weekday = weekday;
                return true;
            }
            m.reset(spanStart);
            m.type = DateMention.Type.WEEKDAY;
            m.weekday = weekday;
            m.direction = direction;
        }
        m.end = end;
        if (m.direction == DateMention.NEAREST) {
            m.direction = tense(ts, sentenceStart, limit, j);
            m.inclusive = true;
        }
        startAt(ts, spanStart, m, spanStart == j ? w.prefix() : prefixOf(ts, spanStart));
        return true;
    }

    private boolean weekdayPlausible(TokenSequence ts, int j, int dow, String base, int sentenceStart, int limit) {
        String prev = j > sentenceStart ? ts.norm(j - 1) : "";
        String next = j + 1 < limit ? ts.norm(j + 1) : "";
        if (dow == 7 && (next.equals("عشر") || prev.equals("الواحد"))) {
            return false; // الأحد عشر: eleven; الواحد الأحد
        }
        if ((dow == 1 || dow == 7) && TENS_AFTER_UNITS.contains(next)) {
            return false; // القصائد الاثنين والعشرين: twenty-two
        }
        if (dow == 1 && (NOT_MONDAY_BEFORE.contains(prev) || NOT_MONDAY_AFTER.contains(next))) {
            return false; // بين الاثنين: between the two
        }
        if (dow == 5 && NOT_FRIDAY_BEFORE.contains(prev)) {
            return false; // صلاة الجمعة: a weekly prayer, no date
        }
        if (prev.equals("سوق") || prev.equals("بسوق") || prev.equals("لسوق")) {
            return false; // سوق الأحد: a market town
        }
        return true;
    }

    /**
     * Whether a bare weekday points ahead: a future verb ({@code ستعقد}, {@code سوف}) or {@code المقرر}
     * near it in the sentence; else news reports the past. Returns -1 or +1.
     */
    private int tense(TokenSequence ts, int sentenceStart, int limit, int at) {
        // a past report verb before the weekday dates the report: قال X، الثلاثاء، إنه سيوقف
        for (int k = at - 1; k >= Math.max(sentenceStart, at - 6); k--) {
            if (ts.kind(k) == TokenKind.ARABIC && Tense.isPastReport(ts.norm(k))) {
                return -1;
            }
        }
        // future cues on either side, but not across a reported clause (أن، إنه) — unless what governs
        // that clause is an expectation: "ومن المتوقع أن تبت المحكمة في الالتماس، الخميس"
        for (int k = at - 1; k >= Math.max(sentenceStart, at - 12); k--) {
            if (ts.kind(k) != TokenKind.ARABIC) {
                continue;
            }
            String n = ts.norm(k);
            if (Tense.isComplementizer(n)) {
                if (futureBetween(ts, k + 1, at)) {
                    return 1; // "قال إنها ستجتمع مع نظيرتها … في بروكسل الاثنين": the reported clause is ahead
                }
                return k - 1 >= sentenceStart && ts.kind(k - 1) == TokenKind.ARABIC && Tense.isExpectation(ts.norm(k - 1))
                        && !wasExpected(ts, sentenceStart, k - 1) ? 1 : -1;
            }
            if (CLAUSE_TURN.contains(n)) {
                break; // "كانت ستنتهي الجمعة لكنها امتدت إلى السبت"
            }
            if (k < at - 6) {
                if (k == sentenceStart && Tense.isFuture(n)) {
                    return 1; // the future verb that opens the sentence: "وسيمثل الأب، خافير جي دي، أمام المحكمة الخميس"
                }
                continue;
            }
            if (Tense.isFuture(n)) {
                return 1;
            }
        }
        for (int k = at + 1; k < Math.min(limit, at + 7); k++) {
            if (ts.kind(k) != TokenKind.ARABIC) {
                continue;
            }
            String n = ts.norm(k);
            if (Tense.isComplementizer(n)) {
                break;
            }
            if (Tense.isFuture(n)) {
                return 1;
            }
        }
        return -1;
    }

    /** A future verb in the reported clause between its complementizer and the weekday. */
    private static boolean futureBetween(TokenSequence ts, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ts.kind(k) == TokenKind.ARABIC && Tense.isFuture(ts.norm(k))) {
                return true;
            }
        }
        return false;
    }

    /** "وكان من المتوقع أن …": an expectation told in the past. */
    private static boolean wasExpected(TokenSequence ts, int sentenceStart, int expectation) {
        for (int k = expectation - 1; k >= Math.max(sentenceStart, expectation - 2); k--) {
            String n = ts.kind(k) == TokenKind.ARABIC ? ts.norm(k) : "";
            if (n.equals("كان") || n.equals("وكان") || n.equals("كانت") || n.equals("وكانت")) {
                return true;
            }
        }
        return false;
    }

    // ---- اليوم نفسه، في اليوم التالي، العام نفسه، بعد عامين من ذلك

    private boolean anaphora(TokenSequence ts, int i, int limit, DateMention m) {
        String n = ts.norm(i);
        // نفس اليوم، ذات العام
        if ((n.equals("نفس") || n.equals("ذات") || n.equals("بنفس") || n.equals("وبنفس")) && i + 1 < limit) {
            int unit = anaphoricUnit(ts.norm(i + 1));
            if (unit != 0) {
                return anaphoric(ts, i, i + 2, unit, 0, m);
            }
            return false;
        }
        int unit = anaphoricUnit(n);
        if (unit != 0 && i + 1 < limit) {
            String next = ts.norm(i + 1);
            if (SAME.contains(next)) {
                return anaphoric(ts, i, i + 2, unit, 0, m);
            }
            if (NEXT_ANAPHORIC.contains(next)) {
                return anaphoric(ts, i, i + 2, unit, 1, m);
            }
            return false;
        }
        // قبل يومين، بعد ثلاثة أسابيع، قبل عام؛ بعد عامين من ذلك
        if ((AFTER.contains(n) || BEFORE.contains(n)) && i + 1 < limit) {
            int sign = AFTER.contains(n) ? 1 : -1;
            int j = i + 1;
            if (APPROXIMATELY.contains(ts.norm(j)) && j + 1 < limit) {
                j++;
            }
            int count;
            int countUnit = unitOfCount(ts.norm(j));
            if (countUnit != 0) {
                count = countOfUnitWord;
                if (count == 0 || count == 1 && sign > 0) {
                    return false; // أيام alone needs a number; بعد يوم حافل is "after a day of"
                }
                j++;
            } else {
                NumberWords.Match nm = number;
                if (!NumberWords.parse(ts, j, limit, nm) || nm.value > 100 || nm.end >= limit
                        || nm.value != Math.rint(nm.value)) {
                    return false;
                }
                countUnit = unitOfCount(ts.norm(nm.end));
                if (countUnit == 0) {
                    return false;
                }
                count = (int) nm.value;
                j = nm.end + 1;
            }
            if (j < limit && ts.kind(j) == TokenKind.NUMBER) {
                return false; // قبل عام 2019
            }
            int k = j;
            while (k < limit && ONLY.contains(ts.norm(k))) {
                k++; // قبل سنة واحدة فقط من …
            }
            if (k < limit && (ts.norm(k).equals("علي") || ts.norm(k).equals(MIN) && !(k + 1 < limit
                    && THAT.contains(ts.norm(k + 1))))) {
                return false; // قبل يومين من القمة، بعد عام على الانتخابات count from an event
            }
            if (j < limit && ts.norm(j).equals(MIN)) {
                // من ذلك: from the last date
                if (j + 1 < limit && THAT.contains(ts.norm(j + 1))) {
                    if (countUnit == TimeLexicon.YEAR) {
                        return anaphoric(ts, i, j + 2, TimeLexicon.YEAR, sign * count, m);
                    }
                    if (countUnit == DAYS || countUnit == TimeLexicon.WEEK) {
                        return anaphoric(ts, i, j + 2, 1, sign * count * (countUnit == DAYS ? 1 : 7), m);
                    }
                }
                return false;
            }
            if (sign > 0) {
                return false; // بعد 17 عاما في صفوفه: after a stretch of time, seldom a date
            }
            m.type = switch (countUnit) {
                case DAYS -> DateMention.Type.RELATIVE_DAY;
                case TimeLexicon.WEEK -> DateMention.Type.RELATIVE_WEEK;
                case TimeLexicon.MONTH_PERIOD -> DateMention.Type.RELATIVE_MONTH;
                default -> DateMention.Type.RELATIVE_YEAR;
            };
            m.offset = sign * count;
            m.end = j;
            startAt(ts, i, m, prefixOf(ts, i));
            return true;
        }
        return false;
    }

    private int countOfUnitWord;
    /** Unit of counted days, beside {@link TimeLexicon#WEEK}, {@link TimeLexicon#MONTH_PERIOD}, {@link TimeLexicon#YEAR}. */
    private static final int DAYS = 4;

    /**
     * Unit of a counted time word ({@code يومين}: {@link #DAYS}, {@code أسابيع}: week, {@code عاما}: year),
     * or 0; sets {@link #countOfUnitWord} to the count it carries (1 singular, 2 dual, 0 plural).
     */
    private int unitOfCount(String n) {
        int unit;
        switch (n) {
            case "يوم", "يومين", "ايام", "يوما" -> unit = DAYS;
            case "اسبوع", "اسبوعين", "اسابيع", "اسبوعا" -> unit = TimeLexicon.WEEK;
            case "شهر", "شهرين", "اشهر", "شهور", "شهرا" -> unit = TimeLexicon.MONTH_PERIOD;
            case "عام", "سنه", "عامين", "سنتين", "اعوام", "سنوات", "سنين", "عاما" -> unit = TimeLexicon.YEAR;
            default -> {
                return 0;
            }
        }
        if (n.endsWith("ين") && !n.equals("سنين")) {
            countOfUnitWord = 2;
        } else if (n.equals("يوم") || n.equals("اسبوع") || n.equals("شهر") || n.equals("عام") || n.equals("سنه")) {
            countOfUnitWord = 1;
        } else {
            countOfUnitWord = 0;
        }
        return unit;
    }

    private static int anaphoricUnit(String n) {
        return switch (n) {
            case "اليوم", "واليوم", "لليوم", "باليوم" -> 1;
            case "العام", "السنه", "والعام", "للعام", "بالعام", "عام" -> TimeLexicon.YEAR;
            default -> 0;
        };
    }

    private boolean anaphoric(TokenSequence ts, int i, int end, int unit, int offset, DateMention m) {
        m.type = unit == 1 ? DateMention.Type.ANAPHORIC_DAY : DateMention.Type.ANAPHORIC_YEAR;
        m.offset = offset;
        m.end = end;
        startAt(ts, i, m, prefixOf(ts, i));
        return true;
    }

    // ---- الأسبوع الماضي، الشهر الجاري، العام المقبل، هذا العام

    private boolean periodPhrase(TokenSequence ts, int i, int spanStart, int limit, DateMention m) {
        int j = i;
        boolean demonstrative = false;
        if (THIS.contains(ts.norm(j)) && j + 1 < limit) {
            demonstrative = true;
            j++;
        }
        Word p = word(ts, Kind.PERIOD, j, limit);
        if (p == null || (demonstrative && p.prefix() > 0)) {
            return false;
        }
        int offset;
        int end;
        if (demonstrative) {
            offset = 0;
            end = j + 1;
        } else {
            if (j + 1 >= limit) {
                return false;
            }
            Word q = word(ts, Kind.QUALIFIER, j + 1, limit);
            if (q == null && j + 2 < limit && BEFORE.contains(ts.norm(j + 1))) {
                // الأسبوع قبل الماضي: the one before last
                Word q2 = word(ts, Kind.QUALIFIER, j + 2, limit);
                if (q2 != null && q2.prefix() == 0 && q2.value() == -1) {
                    offset = -2;
                    end = j + 3;
                    return period(ts, i, spanStart, p, offset, end, demonstrative, m);
                }
            }
            if (q == null || q.prefix() > 0) {
                return false;
            }
            offset = q.value();
            end = j + 2;
        }
        return period(ts, i, spanStart, p, offset, end, demonstrative, m);
    }

    private static boolean startAfter(TokenSequence ts, int i, Word part, DateMention m) {
        startAt(ts, i, m, part.prefix());
        return true;
    }

    private static boolean period(TokenSequence ts, int i, int spanStart, Word p, int offset, int end,
                                  boolean demonstrative, DateMention m) {
        m.type = switch (p.value()) {
            case TimeLexicon.WEEK -> DateMention.Type.RELATIVE_WEEK;
            case TimeLexicon.MONTH_PERIOD -> DateMention.Type.RELATIVE_MONTH;
            default -> DateMention.Type.RELATIVE_YEAR;
        };
        m.offset = offset;
        m.end = end;
        startAt(ts, spanStart, m, spanStart == i ? (demonstrative ? prefixOf(ts, i) : p.prefix()) : prefixOf(ts, spanStart));
        return true;
    }

    // ---- مطلع الشهر الجاري، نهاية العام الماضي، مطلع 2016، أواخر آذار

    private boolean partPhrase(TokenSequence ts, int i, int limit, DateMention m) {
        Word part = word(ts, Kind.PART, i, limit);
        if (part == null || i + 1 >= limit) {
            return false;
        }
        int j = i + 1;
        if (periodPhrase(ts, j, i, limit, m)) {
            return true;
        }
        m.reset(i);
        Word p = word(ts, Kind.PERIOD, j, limit);
        if (p != null && p.prefix() == 0 && p.value() != TimeLexicon.WEEK
                && !(j + 1 < limit && (ts.kind(j + 1) == TokenKind.NUMBER || ts.norm(j + 1).startsWith("ال")))) {
            // منذ مطلع العام، منتصف الشهر: this year, this month (نهاية الأسبوع is a weekend, no week)
            return period(ts, i, i, p, 0, j + 1, false, m) && startAfter(ts, i, part, m);
        }
        m.reset(i);
        if (monthPhrase(ts, j, i, limit, true, m)) {
            return true;
        }
        m.reset(i);
        if (yearPhrase(ts, j, i, limit, m)) {
            return true;
        }
        m.reset(i);
        if (ts.kind(j) == TokenKind.NUMBER && yearNumber(ts, j) > 0 && NumberWords.digitCount(ts, j) == 4) {
            m.year = yearNumber(ts, j);
            m.end = eraAfter(ts, j + 1, limit, m);
            startAt(ts, i, m, part.prefix());
            return true;
        }
        return false;
    }

    // ---- 13 كانون الثاني 2022، العاشر من أيار/مايو الحالي، من 10 إلى 13 كانون الثاني

    private boolean dayMonth(TokenSequence ts, int i, int spanStart, int limit, DateMention m) {
        int j = i;
        int day = dayAt(ts, j, limit);
        if (day <= 0) {
            return false;
        }
        j = dayEnd;
        int endDay = 0;
        if (j + 1 < limit && RANGE_LINK.contains(ts.norm(j))) {
            int d2 = dayAt(ts, j + 1, limit);
            if (d2 > day) {
                int afterD2 = dayEnd;
                if (monthAfterDay(ts, afterD2, limit) > 0) {
                    endDay = d2;
                    j = afterD2;
                }
            }
        }
        int monthStart = monthAfterDay(ts, j, limit);
        if (monthStart < 0) {
            return relativeMonthDay(ts, j, spanStart, limit, day, m);
        }
        int end = monthName(ts, monthStart, limit, m);
        if (end < 0) {
            return false;
        }
        if (m.hijri && m.month == 0) {
            return false;
        }
        if (day > (m.hijri ? 30 : Calendars.maxDays(m.month))) {
            return false;
        }
        m.day = day;
        m.endDay = endDay;
        end = yearOrQualifier(ts, end, limit, m);
        namedAttacks(ts, spanStart, m);
        m.end = end;
        lean(ts, spanStart, end, limit, m);
        startAt(ts, spanStart, m, prefixOf(ts, spanStart));
        return true;
    }

    /** {@code الثالث من الشهر الجاري}, {@code 15 من الشهر الماضي}: a day of a month counted from publication. */
    private boolean relativeMonthDay(TokenSequence ts, int j, int spanStart, int limit, int day, DateMention m) {
        if (j + 2 >= limit || !ts.norm(j).equals(MIN)) {
            return false;
        }
        Word p = word(ts, Kind.PERIOD, j + 1, limit);
        Word q = word(ts, Kind.QUALIFIER, j + 2, limit);
        if (p == null || p.prefix() > 0 || p.value() != TimeLexicon.MONTH_PERIOD || q == null || q.prefix() > 0) {
            return false;
        }
        m.relativeMonth = true;
        m.monthOffset = q.value();
        m.day = day;
        m.end = j + 3;
        startAt(ts, spanStart, m, prefixOf(ts, spanStart));
        return true;
    }

    /** Index of the month name after a day ({@code 23 من شهر يونيو}), or -1. */
    private int monthAfterDay(TokenSequence ts, int j, int limit) {
        if (j < limit && ts.norm(j).equals(MIN)) {
            j++;
        }
        if (j < limit && word(ts, Kind.MONTH_WORD, j, limit) != null && ts.norm(j).equals("شهر")) {
            j++;
        }
        if (j >= limit) {
            return -1;
        }
        return (word(ts, Kind.MONTH, j, limit) != null || word(ts, Kind.MONTH_HEAD, j, limit) != null) ? j : -1;
    }

    private int dayEnd;
    /** First token of the sentence being matched. */
    private int sentence;
    private final NumberWords.Match number = new NumberWords.Match();

    /** Day of month written at {@code j} (digits or an ordinal word), or 0; sets {@link #dayEnd}. */
    private int dayAt(TokenSequence ts, int j, int limit) {
        if (ts.kind(j) == TokenKind.NUMBER) {
            int d = NumberWords.integer(ts, j);
            if (d >= 1 && d <= 31 && NumberWords.digitCount(ts, j) <= 2) {
                dayEnd = j + 1;
                return d;
            }
            return 0;
        }
        String n = ts.norm(j);
        if ((n.equals("اول") || n.equals("واول")) && j + 1 < limit && LEX.lookup(Kind.MONTH, ts.norm(j + 1)) != null) {
            dayEnd = j + 1;
            return 1; // أول يوليو: the first of July
        }
        Word o = word(ts, Kind.ORDINAL, j, limit);
        if (o == null || o.prefix() > 1) {
            return 0;
        }
        int v = o.value();
        String next = j + 1 < limit ? ts.norm(j + 1) : "";
        int unit = v == 11 ? 1 : v;
        if (v <= 9 || v == 11) {
            if (next.equals("عشر")) {
                dayEnd = j + 2;
                return unit + 10;
            }
            if (next.equals("والعشرين")) {
                dayEnd = j + 2;
                return unit + 20;
            }
            if (next.equals("والثلاثين") && unit == 1) {
                dayEnd = j + 2;
                return 31;
            }
            if (v == 11) {
                return 0;
            }
        }
        dayEnd = j + 1;
        return v;
    }

    // ---- آذار/مارس، شهر يونيو 2018، أغسطس الماضي

    private boolean monthPhrase(TokenSequence ts, int i, int spanStart, int limit, boolean afterPart,
                                DateMention m) {
        int j = i;
        boolean monthWord = false;
        if (word(ts, Kind.MONTH_WORD, j, limit) != null && ts.norm(j).endsWith("شهر") && j + 1 < limit) {
            monthWord = true;
            j++;
        }
        if (word(ts, Kind.MONTH, j, limit) == null && word(ts, Kind.MONTH_HEAD, j, limit) == null) {
            return false;
        }
        int end = monthName(ts, j, limit, m);
        if (end < 0 || m.month == 0) {
            return false;
        }
        int ambiguity = monthAmbiguity;
        int afterYear = yearOrQualifier(ts, end, limit, m);
        namedAttacks(ts, spanStart, m);
        boolean hasYear = m.yearSaid();
        boolean qualified = m.direction != DateMention.NEAREST;
        if (m.hijri && !hasYear && !(qualified && monthWord)) {
            return false; // but "شهر رمضان الماضي": the last one before publication
        }
        if (ambiguity == TimeLexicon.NAME && !hasYear && !qualified && !monthWord && !afterPart) {
            return false; // تيريزا ماي; but شهر ماي، جوان المقبل
        }
        if (ambiguity == TimeLexicon.COMMON_WORD && !hasYear && !qualified && !monthWord && !afterPart && !monthDouble
                && !(i > 0 && TEMPORAL_BEFORE.contains(ts.norm(i - 1)))) {
            return false;
        }
        m.end = afterYear;
        lean(ts, spanStart, afterYear, limit, m);
        startAt(ts, spanStart, m, prefixOf(ts, spanStart));
        return true;
    }

    /** "هجمات 11 سبتمبر"، "أحداث سبتمبر" with no year nor qualifier: 2001, not the September nearest publication. */
    private static void namedAttacks(TokenSequence ts, int spanStart, DateMention m) {
        if (!m.yearSaid() && !m.hijri && m.direction == DateMention.NEAREST && m.month == 9 && (m.day == 11 || m.day == 0)
                && m.endDay == 0 && spanStart > 0 && ATTACKS.contains(ts.norm(spanStart - 1))) {
            m.year = ATTACKS_YEAR;
        }
    }

    /** Whether the expression at {@code from} opens its clause after {@code في}: وفي 26 أيلول/سبتمبر، … */
    static boolean fronted(TokenSequence ts, int from, int sentenceStart) {
        int before = from - 1;
        return before >= sentenceStart && IN.contains(ts.norm(before))
                && (before == sentenceStart || ts.kind(before - 1) == TokenKind.PUNCT);
    }

    /**
     * For a day or month without year or qualifier, the tense of its clause: a future cue ({@code ستعقد})
     * or a past report verb ({@code أصدر}, {@code وكان}) next to it, not across a reported clause.
     */
    private void lean(TokenSequence ts, int from, int to, int limit, DateMention m) {
        if (m.yearSaid() || m.direction != DateMention.NEAREST) {
            return;
        }
        // "منذ أكتوبر": what began before publication
        if (from - 1 >= sentence && SINCE.contains(ts.norm(from - 1)) || SINCE.contains(ts.norm(from))) {
            m.lean = -1;
            return;
        }
        // the verb of its own clause just before: أعلن في 14 مايو، ستعقد في 10 ديسمبر
        for (int k = from - 1; k >= Math.max(sentence, from - 4); k--) {
            if (ts.kind(k) != TokenKind.ARABIC) {
                break;
            }
            String n = ts.norm(k);
            if (Tense.isComplementizer(n)) {
                break;
            }
            if (Tense.isFuture(n)) {
                m.lean = 1;
                return;
            }
            if (Tense.isPastReport(n)) {
                m.lean = -1;
                return;
            }
        }
        // a fronted date modifies the verb right after it: وفي 26 أيلول/سبتمبر، أصدر العاهل
        if (fronted(ts, from, sentence)) {
            int k = to;
            if (k < limit && ts.kind(k) == TokenKind.PUNCT && (ts.firstChar(k) == '،' || ts.firstChar(k) == ',')) {
                k++;
            }
            if (k < limit && ts.kind(k) == TokenKind.ARABIC) {
                String n = ts.norm(k);
                m.lean = Tense.isFuture(n) ? 1 : Tense.isPastReport(n) ? -1 : 0;
            }
        }
    }

    private int monthAmbiguity;
    private boolean monthDouble;

    /**
     * Reads a month name at {@code j}, with its other names ({@code آذار/مارس}, {@code آذار (مارس)},
     * {@code يوليو/ تموز}); sets month and calendar in {@code m}; returns the token after it or -1.
     */
    private int monthName(TokenSequence ts, int j, int limit, DateMention m) {
        int end = oneMonth(ts, j, limit);
        if (end < 0) {
            return -1;
        }
        m.month = lastMonth;
        m.hijri = lastHijri;
        monthAmbiguity = lastAmbiguity;
        monthDouble = false;
        // another name of the same month: / ( -
        while (end < limit) {
            int k = end;
            boolean paren = false;
            if (ts.kind(k) == TokenKind.PUNCT || ts.kind(k) == TokenKind.SYMBOL) {
                char c = ts.firstChar(k);
                if (c != '/' && c != '(' && c != '-' && c != '\\' && c != '،' && c != ',') {
                    break;
                }
                paren = c == '(';
                k++;
            }
            if (k >= limit) {
                break;
            }
            int e2 = oneMonth(ts, k, limit);
            if (e2 < 0 || lastMonth != m.month || lastHijri != m.hijri) {
                break;
            }
            monthDouble = true;
            monthAmbiguity = Math.min(monthAmbiguity, lastAmbiguity);
            end = e2;
            if (paren && end < limit && ts.firstChar(end) == ')') {
                end++;
            }
        }
        return end;
    }

    private int lastMonth;
    private boolean lastHijri;
    private int lastAmbiguity;

    private int oneMonth(TokenSequence ts, int j, int limit) {
        Word w = word(ts, Kind.MONTH, j, limit);
        if (w != null) {
            lastMonth = w.value();
            lastHijri = w.aux() == MonthNameSystem.HIJRI.ordinal();
            lastAmbiguity = w.ambiguity();
            return j + 1;
        }
        Word h = word(ts, Kind.MONTH_HEAD, j, limit);
        if (h != null && j + 1 < limit) {
            int mo = LEX.monthTail(h.value(), ts.norm(j + 1));
            if (mo > 0) {
                lastMonth = mo;
                lastHijri = TimeLexicon.hijriHead(h.value());
                lastAmbiguity = lastHijri ? TimeLexicon.NAME : TimeLexicon.CLEAR;
                return j + 2;
            }
        }
        return -1;
    }

    /**
     * After a month: a year ({@code 2022}, {@code 2022م}, {@code عام 2022}, {@code من العام الماضي}) or a
     * qualifier ({@code الحالي}, {@code الماضي}); fills {@code m}, returns the token after it.
     */
    private int yearOrQualifier(TokenSequence ts, int j, int limit, DateMention m) {
        if (j >= limit) {
            return j;
        }
        int k = j;
        if (ts.firstChar(k) == '،' || ts.firstChar(k) == ',') {
            // 13 كانون الثاني، 2022: only a year may follow the comma
            if (k + 1 < limit && NumberWords.digitCount(ts, k + 1) == 4) {
                k++;
            } else {
                return j;
            }
        }
        boolean from = false;
        if (ts.norm(k).equals(MIN) && k + 1 < limit) {
            from = true;
            k++;
        }
        int yearWordAt = k;
        if (word(ts, Kind.YEAR_WORD, k, limit) != null && k + 1 < limit) {
            Word p = word(ts, Kind.PERIOD, k, limit);
            if (p != null && p.value() == TimeLexicon.YEAR && k + 1 < limit) {
                Word q = word(ts, Kind.QUALIFIER, k + 1, limit);
                if (q != null && q.prefix() == 0) {
                    m.relativeYear = true;
                    m.yearOffset = q.value();
                    return k + 2;
                }
            }
            k++;
        } else if (from && THIS.contains(ts.norm(k)) && k + 1 < limit
                && word(ts, Kind.PERIOD, k + 1, limit) != null && word(ts, Kind.PERIOD, k + 1, limit).value() == TimeLexicon.YEAR) {
            m.relativeYear = true;
            m.yearOffset = 0;
            return k + 2;
        }
        if (k < limit && ts.kind(k) == TokenKind.NUMBER) {
            int digits = NumberWords.digitCount(ts, k);
            int y = NumberWords.integer(ts, k);
            if (digits == 4 || (digits == 3 && k > yearWordAt)) {
                m.year = y;
                int end = eraAfter(ts, k + 1, limit, m);
                if (m.hijri && !eraHijri && (y < 1300 || y > 1600)) {
                    m.year = 0;
                    if (digits == 4 && y >= 1900 && y <= 2100 && k == j) {
                        // رمضان 2018: the Ramadan of that Gregorian year, as seasons of TV and shopping are named
                        m.gregorianYear = y;
                        return end;
                    }
                    return j;
                }
                return end;
            }
        }
        if (from || k > j) {
            return j;
        }
        Word q = word(ts, Kind.QUALIFIER, j, limit);
        if (q != null && q.prefix() == 0) {
            m.direction = q.value();
            return j + 1;
        }
        return j;
    }

    private boolean eraHijri;

    /** Consumes {@code م} or {@code هـ} after a year; marks the year Hijri for {@code هـ}. */
    private int eraAfter(TokenSequence ts, int k, int limit, DateMention m) {
        eraHijri = false;
        if (k < limit) {
            Word e = LEX.lookup(Kind.ERA, ts.norm(k));
            if (e != null && e.prefix() == 0 && noSpaceOrShort(ts, k)) {
                if (e.value() == 1) {
                    m.hijri = true;
                    eraHijri = true;
                }
                return k + 1;
            }
        }
        return k;
    }

    /** The one-letter eras ({@code م}, {@code ه}) only right after the number or alone before a stop. */
    private boolean noSpaceOrShort(TokenSequence ts, int k) {
        String n = ts.norm(k);
        if (n.length() > 1) {
            return true;
        }
        return ts.start(k) == ts.end(k - 1) || k + 1 >= ts.size() || ts.kind(k + 1) != TokenKind.ARABIC;
    }

    // ---- عام 2014، العام 2014م، سنة 1439 هـ، عامي 2014 و2015

    private boolean yearPhrase(TokenSequence ts, int i, int spanStart, int limit, DateMention m) {
        Word yw = word(ts, Kind.YEAR_WORD, i, limit);
        if (yw == null || i + 1 >= limit || ts.kind(i + 1) != TokenKind.NUMBER) {
            return false;
        }
        int digits = NumberWords.digitCount(ts, i + 1);
        int y = NumberWords.integer(ts, i + 1);
        if (digits < 3 || digits > 4 || y < 100) {
            return false;
        }
        if (i + 2 < limit && NumberWords.integer(ts, i + 1) >= 0 && isUnitAfterYear(ts, i + 2)) {
            return false;
        }
        m.year = y;
        m.end = eraAfter(ts, i + 2, limit, m);
        if (m.hijri && (y < 1300 || y > 1600)) {
            return false;
        }
        startAt(ts, spanStart, m, spanStart == i ? yw.prefix() : prefixOf(ts, spanStart));
        return true;
    }

    /**
     * "وفي 1783، اعترفت بريطانيا …", "منذ ١٨٩٦، حين …": a year before 1900 written alone, after في or منذ and
     * closed by punctuation — a count there would be followed by what it counts.
     */
    private static boolean pastYearAfterPreposition(TokenSequence ts, int i, int sentenceStart, int limit, int y) {
        if (y < 1000 || i <= sentenceStart || ts.kind(i - 1) != TokenKind.ARABIC) {
            return false;
        }
        String prev = ts.norm(i - 1);
        if (!(prev.equals("في") || prev.equals("وفي") || prev.equals("منذ") || prev.equals("ومنذ"))) {
            return false;
        }
        return i + 1 >= limit || ts.kind(i + 1) == TokenKind.PUNCT && ts.firstChar(i + 1) != '%';
    }

    private static boolean isUnitAfterYear(TokenSequence ts, int k) {
        return ts.kind(k) == TokenKind.SYMBOL && ts.firstChar(k) == '%';
    }

    private static int yearNumber(TokenSequence ts, int k) {
        int y = NumberWords.integer(ts, k);
        return y >= 1000 && y <= 2200 ? y : -1;
    }

    // ---- 2014، 2014م، (1994 و1998)

    private boolean bareYear(TokenSequence ts, int i, int sentenceStart, int limit, DateMention m) {
        if (NumberWords.digitCount(ts, i) != 4) {
            return false;
        }
        int y = NumberWords.integer(ts, i);
        boolean era = i + 1 < limit && LEX.lookup(Kind.ERA, ts.norm(i + 1)) != null && noSpaceOrShort(ts, i + 1);
        if (!era && (y < 1900 && !pastYearAfterPreposition(ts, i, sentenceStart, limit, y) || y > 2100)) {
            return false;
        }
        if (i > sentenceStart) {
            String prev = ts.norm(i - 1);
            if (COUNT_BEFORE.contains(prev) || prev.startsWith("ب") && COUNT_BEFORE.contains(prev.substring(1))) {
                return false;
            }
            if (i - 2 >= sentenceStart && (prev.equals("من") || prev.equals("عن") || prev.equals("علي"))
                    && MORE_LESS.contains(ts.norm(i - 2))) {
                return false;
            }
            char pc = ts.firstChar(i - 1);
            if (pc == '$' || pc == '€' || pc == '£' || pc == '+' || pc == '#') {
                return false;
            }
            if (pc == 'ر' && ts.end(i - 1) == ts.start(i) && i - 2 >= sentenceStart
                    && ts.kind(i - 2) == TokenKind.NUMBER) {
                return false; // 6ر2020: the Tunisian decimal comma, a number
            }
        }
        if (!era && i + 1 < limit) {
            if (Units.isCountAfterNumber(ts, i + 1, limit)) {
                return false;
            }
            char nc = ts.firstChar(i + 1);
            if (nc == ':' && i + 2 < limit && ts.kind(i + 2) == TokenKind.NUMBER) {
                return false; // 2014:15 a score or a clock time
            }
        }
        m.year = y;
        m.end = era ? eraAfter(ts, i + 1, limit, m) : i + 1;
        if (m.hijri && (y < 1300 || y > 1600)) {
            return false;
        }
        startAt(ts, i, m, 0);
        return true;
    }

    // ---- helpers

    /** The entry of kind {@code kind} at token {@code j}, or null. */
    private static Word word(TokenSequence ts, Kind kind, int j, int limit) {
        if (j >= limit || ts.kind(j) != TokenKind.ARABIC) {
            return null;
        }
        return LEX.lookup(kind, ts.norm(j));
    }

    /** Length (in normalized letters) of a و/ف proclitic on a token that starts an expression. */
    private static int prefixOf(TokenSequence ts, int j) {
        if (ts.kind(j) != TokenKind.ARABIC) {
            return 0;
        }
        for (Kind k : KINDS) {
            Word w = LEX.lookup(k, ts.norm(j));
            if (w != null) {
                return w.prefix();
            }
        }
        return 0;
    }

    /** Sets the span start at token {@code j}, after {@code prefixLetters} letters of proclitic. */
    private static void startAt(TokenSequence ts, int j, DateMention m, int prefixLetters) {
        int c = ts.start(j);
        if (prefixLetters > 0) {
            String src = ts.source();
            int end = ts.end(j);
            int letters = 0;
            while (c < end && letters < prefixLetters) {
                if (!org.marsad.text.ArabicNormalizer.isDropped(src.charAt(c))) {
                    letters++;
                }
                c++;
            }
            while (c < end && org.marsad.text.ArabicNormalizer.isDropped(src.charAt(c))) {
                c++;
            }
        }
        m.start = j;
        m.startChar = c;
    }
}
