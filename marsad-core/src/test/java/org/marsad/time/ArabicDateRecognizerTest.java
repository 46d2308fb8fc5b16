package org.marsad.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.time.DateTesting.dates;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DateExpression;

class ArabicDateRecognizerTest {

    /** Asserts that {@code text} holds exactly one date, written {@code span} and valued {@code value}. */
    private static void check(String text, String published, String span, String value) {
        List<DateExpression> ds = dates(text, published);
        assertThat(ds).as(text).hasSize(1);
        assertThat(ds.get(0).span().text()).as(text).isEqualTo(span);
        assertThat(ds.get(0).value()).as(text).isEqualTo(value);
    }

    private static void none(String text, String published) {
        assertThat(dates(text, published)).as(text).isEmpty();
    }

    @Test
    void levantineDayMonthWithQualifier() {
        check("وفي 10 كانون الثاني الحالي، جرت في جنيف جولة جديدة", "2022-01-14", "10 كانون الثاني الحالي",
                "2022-01-10");
    }

    @Test
    void weekdayWithDayAndMonthChecksTheYear() {
        check("ويوم الخميس 13 كانون الثاني، جرت مشاورات في فيينا", "2022-01-14", "يوم الخميس 13 كانون الثاني",
                "2022-01-13");
        // 13 January 2022 was a Thursday; published early in 2023 the nearest Thursday 13 January is 2022
        check("ويوم الخميس 13 كانون الثاني، جرت مشاورات في فيينا", "2023-02-20", "يوم الخميس 13 كانون الثاني",
                "2022-01-13");
    }

    @Test
    void weekdayInfersTheYearWithoutPublication() {
        List<DateExpression> ds = dates("بدأت المحادثات عام 2022. ويوم الخميس 13 كانون الثاني، جرت مشاورات", (String) null);
        assertThat(ds).extracting(DateExpression::value).containsExactly("2022", "2022-01-13");
    }

    @Test
    void unknownYearStaysX() {
        check("وفي 13 كانون الثاني، جرت مشاورات", null, "13 كانون الثاني", "XXXX-01-13");
        check("أعلنت الوزارة في بيان اليوم", null, "اليوم", "XXXX-XX-XX");
    }

    @Test
    void egyptianDoubleForms() {
        check("ذهبوا لاستكشاف الكهوف في 23 من شهر يونيو/حزيران.", "2018-07-03", "23 من شهر يونيو/حزيران",
                "2018-06-23");
        check("في 15 يوليو/ تموز، أعلنت إدارة الأدوية", "2018-07-23", "15 يوليو/ تموز", "2018-07-15");
        check("بعد دخوله القنصلية في 2 أكتوبر/تشرين أول الجاري، ولم يعرف مصيره", "2018-10-13",
                "2 أكتوبر/تشرين أول الجاري", "2018-10-02");
        check("جرى ذلك في آذار (مارس) الماضي", "2018-05-08", "آذار (مارس) الماضي", "2018-03");
    }

    @Test
    void ordinalDayWords() {
        check("موعد إطلاق السراح سيكون في العاشر من أيار/مايو الحالي", "2018-05-08", "العاشر من أيار/مايو الحالي",
                "2018-05-10");
        check("انتهت المهلة في الثالث عشر من كانون الثاني", "2022-01-20", "الثالث عشر من كانون الثاني", "2022-01-13");
        check("وصل في الحادي والعشرين من مارس", "2020-04-01", "الحادي والعشرين من مارس", "2020-03-21");
    }

    @Test
    void fullDatesAndArabicIndicDigits() {
        check("بدأ بقضاء عقوبته في 9 آب/أغسطس 2017.", "2018-05-08", "9 آب/أغسطس 2017", "2017-08-09");
        check("ولد في ١٥ نيسان ١٩٨٠ في دمشق", null, "١٥ نيسان ١٩٨٠", "1980-04-15");
    }

    @Test
    void maghrebiMonths() {
        check("تطبيق اتفاق 18 جانفي 2016، بحسب بيان", "2016-11-16", "18 جانفي 2016", "2016-01-18");
        check("انطلقت الدورة يوم 3 جوان", "2017-05-20", "يوم 3 جوان", "2017-06-03");
        check("اجتمع المجلس في 14 جويلية", "2017-07-20", "14 جويلية", "2017-07-14");
        check("تنتهي الأشغال في 31 أوت 2017", null, "31 أوت 2017", "2017-08-31");
    }

    @Test
    void moroccanMonths() {
        check("انعقدت الدورة في 12 شتنبر 2019", null, "12 شتنبر 2019", "2019-09-12");
        check("تنتهي في 31 دجنبر 2019", null, "31 دجنبر 2019", "2019-12-31");
    }

    @Test
    void monthAndYear() {
        check("أجرت أول إطلاق لصاروخ مشابه في يوليو 2017، لكن العملية فشلت", "2018-06-30", "يوليو 2017",
                "2017-07");
        check("وصادقت اللجنة على الملفين في مطلع حزيران/يونيو، قبل التصويت", "2018-06-13", "مطلع حزيران/يونيو",
                "2018-06");
        check("انضم 14 محاميا اعتبارا من شهر مارس من هذا العام", "2018-05-24", "شهر مارس من هذا العام", "2018-03");
        check("وقع الهجوم في أكتوبر من العام الماضي", "2018-05-24", "أكتوبر من العام الماضي", "2017-10");
    }

    @Test
    void bareMonthTakesTheNearestYear() {
        check("ستعلقان خطط إجراء مناورة في أغسطس.", "2018-06-23", "أغسطس", "2018-08");
        check("ارتفعت الأسعار في ديسمبر.", "2018-03-19", "ديسمبر", "2017-12");
    }

    @Test
    void monthNamesThatAreAlsoWords() {
        none("وهو الذي مارس الضغط على الحكومة طويلا", "2018-05-08");
        none("وقالت رئيسة الوزراء تيريزا ماي إن الاتفاق قريب", "2018-05-08");
        none("وأوقف الأب ابنه عند باب المنزل", "2018-05-08");
        none("وأعلنت شركة نيسان عن سيارة جديدة", "2018-05-08");
        check("وقعت الحادثة في مارس الماضي", "2018-05-08", "مارس الماضي", "2018-03");
        check("وقعت الحادثة في 5 ماي 2017", null, "5 ماي 2017", "2017-05-05");
    }

    @Test
    void years() {
        check("وأصبح في عام 1987 طباخ العام في فرنسا", "2018-08-06", "عام 1987", "1987");
        check("بني المسجد سنة 2014م على الطراز القديم", null, "سنة 2014م", "2014");
        check("وقال روبوشون لإحدى المجلات في 2014 إن المطبخ تغير", "2018-08-06", "2014", "2014");
        check("انتخب رئيسا للفيفا مطلع 2016، على خلفية الفساد", "2018-06-13", "مطلع 2016", "2016");
        assertThat(dates("فشل أربع مرات (1994 و1998 و2006 و2010).", "2018-06-13"))
                .extracting(DateExpression::value).containsExactly("1994", "1998", "2006", "2010");
    }

    @Test
    void numbersThatAreNoYears() {
        none("قتل أكثر من 2000 شخص في المعارك", "2018-06-13");
        none("وأصدر مجلس الأمن القرار 2254 بالإجماع", "2018-06-13");
        none("تبلغ الكلفة نحو 1500 دولار", "2018-06-13");
    }

    @Test
    void numericDates() {
        check("صدر القرار بتاريخ 10/1/2022 عن المحكمة", null, "10/1/2022", "2022-01-10");
        check("صدر القرار بتاريخ 2022-01-10 عن المحكمة", null, "2022-01-10", "2022-01-10");
        none("صدر القرار بتاريخ 32/1/2022 عن المحكمة", null);
    }

    @Test
    void relativeDays() {
        check("أعلنت وزارة الدفاع في بيان اليوم أن الطائرات غادرت", "2022-01-14", "اليوم", "2022-01-14");
        check("وصل الوفد أمس إلى العاصمة", "2022-01-14", "أمس", "2022-01-13");
        check("وصل الوفد أول أمس إلى العاصمة", "2022-01-14", "أول أمس", "2022-01-12");
        check("أه، نراكم غداً.", "2018-07-03", "غداً", "2018-07-04");
        check("وقالت المتحدثة اليوم الأربعاء إنه أمر مؤسف", "2018-04-25", "اليوم الأربعاء", "2018-04-25");
        check("تبدأ المحادثات صباح الغد في جنيف", "2018-04-25", "صباح الغد", "2018-04-26");
    }

    @Test
    void todayAsANoun() {
        none("يحتفل العالم باليوم العالمي للمرأة", "2018-03-08");
        none("وفي ذلك اليوم خرج الناس إلى الشوارع", "2018-03-08");
        none("كانوا في أمس الحاجة إلى المساعدة", "2018-03-08");
        none("وقد غدا من الصعب الوصول إلى المدينة", "2018-03-08");
        none("عقد حزب الغد مؤتمره", "2018-03-08");
    }

    @Test
    void weekdaysPastByDefault() {
        check("لقي 10 أشخاص مصرعهم عندما صدمت شاحنة الاثنين عددا من المارة", "2018-04-24", "الاثنين", "2018-04-23");
        check("أفرجت إسرائيل الثلاثاء عن الجندي", "2018-05-08", "الثلاثاء", "2018-05-08");
        check("وقال الرئيس، الثلاثاء، إنه سيوقف المناورات", "2018-06-15", "الثلاثاء", "2018-06-12");
    }

    @Test
    void weekdaysAheadWithAFutureVerb() {
        check("القمة التي ستعقد بين الكوريتين الجمعة، بحضور الزعيمين", "2018-04-25", "الجمعة", "2018-04-27");
        check("وسوف يصل الوفد يوم السبت المقبل", "2018-04-25", "يوم السبت المقبل", "2018-04-28");
    }

    @Test
    void weekdaysWithQualifier() {
        check("قال التقرير الصادر يوم الثلاثاء الماضي إن", "2018-08-15", "يوم الثلاثاء الماضي", "2018-08-14");
        // published on a Sunday, "last Sunday" is a week earlier
        check("وقع الهجوم الأحد الماضي", "2018-07-29", "الأحد الماضي", "2018-07-22");
    }

    @Test
    void weekdayWordsThatAreNoDays() {
        none("واتفق الاثنين معا على الخطة", "2018-04-24");
        none("خرجوا بعد صلاة الجمعة في المدينة", "2018-04-24");
        none("ضمت القائمة الأحد عشر لاعبا", "2018-04-24");
    }

    @Test
    void relativeWeeksMonthsYears() {
        check("وصلا إلى تايلاند مطلع الأسبوع الماضي.", "2018-07-03", "مطلع الأسبوع الماضي", "2018-W26");
        check("سيلتقي الوزراء الأسبوع المقبل", "2018-07-03", "الأسبوع المقبل", "2018-W28");
        check("من المقرر أن يتم تطعيم ابني الشهر القادم", "2018-07-23", "الشهر القادم", "2018-08");
        check("الذي اختفى مطلع الشهر الجاري", "2018-10-13", "مطلع الشهر الجاري", "2018-10");
        check("التي قدمها الجانب الروسي نهاية العام الماضي، على خلفية", "2022-01-14", "نهاية العام الماضي", "2021");
        check("وفي وقت سابق من هذا العام، اعتذر", "2018-08-15", "هذا العام", "2018");
        check("وتراجع العجز خلال السنة الماضية", "2018-08-15", "السنة الماضية", "2017");
    }

    @Test
    void weekNumbersAcrossTheYearEnd() {
        check("سيلتقي الوزراء الأسبوع المقبل", "2020-12-30", "الأسبوع المقبل", "2021-W01");
        check("التقى الوزراء الأسبوع الماضي", "2021-01-02", "الأسبوع الماضي", "2020-W52");
    }

    @Test
    void ranges() {
        List<DateExpression> ds = dates("تعقد الدورة من 10 إلى 13 كانون الثاني في جنيف", "2022-01-05");
        assertThat(ds).hasSize(1);
        assertThat(ds.get(0).span().text()).isEqualTo("من 10 إلى 13 كانون الثاني");
        assertThat(ds.get(0).value()).isEqualTo("2022-01-10");
        assertThat(ds.get(0).endValue()).isEqualTo("2022-01-13");
        ds = dates("رصده في الفترة بين 10 و12 أفريل.", "2017-04-11");
        assertThat(ds).extracting(DateExpression::value, DateExpression::endValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2017-04-10", "2017-04-12"));
    }

    @Test
    void hijriDates() {
        // 1 Ramadan 1439 is 16 May 2018 in the Umm al-Qura tables (the sighting in Saudi Arabia gave the 17th)
        check("يبدأ الصيام في 1 رمضان 1439 هـ", null, "1 رمضان 1439 هـ", "2018-05-16");
        check("يبدأ الصيام في 1 رمضان", "2018-05-10", "1 رمضان", "2018-05-16");
        check("وقف الحجاج بعرفة في التاسع من ذي الحجة 1439هـ", null, "التاسع من ذي الحجة 1439هـ", "2018-08-20");
        none("خرج محرم من منزله صباحا", "2018-05-10");
        none("ارتفع العدد من صفر إلى عشرة", "2018-05-10");
    }

    @Test
    void anaphora() {
        List<DateExpression> ds = dates("في 2 سبتمبر/ أيلول، وقعت اليابان وثيقة استسلامها عام 1945، وفي اليوم نفسه أعلن "
                + "هو تشي منه استقلال فيتنام.", "2018-09-02");
        assertThat(ds).extracting(DateExpression::value).containsExactly("1945-09-02", "1945", "1945-09-02");
        ds = dates("وأصبح في عام 1987 طباخ العام في فرنسا، وبعد عامين من ذلك فاز بلقب نادر", "2018-08-06");
        assertThat(ds).extracting(DateExpression::value).containsExactly("1987", "1989");
    }

    @Test
    void aReportedClauseKeepsItsOwnYear() {
        List<DateExpression> ds = dates("في 15 يوليو، أعلنت الإدارة أن الشركة أنتجت لقاحات عام 2017", "2018-07-23");
        assertThat(ds).extracting(DateExpression::value).containsExactly("2018-07-15", "2017");
    }

    @Test
    void spanLeavesOutTheConjunction() {
        check("والاثنين، كرر مسؤول الملف تلويحه", "2018-06-13", "الاثنين", "2018-06-11");
        check("وللعام المقبل خطط أخرى", "2018-06-13", "وللعام المقبل", "2019");
    }

    @Test
    void titleAndBodyAreBothRead() {
        var at = new org.marsad.text.TextAnalyzer().analyze(org.marsad.model.Article.of("t",
                "الفيفا يقرر لاستضافة مونديال 2026", "تصوت الفيفا اليوم الأربعاء", java.time.LocalDate.parse("2018-06-13")));
        List<DateExpression> ds = new ArabicDateRecognizer().recognize(at);
        assertThat(ds).extracting(d -> d.span().field().jsonName(), DateExpression::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "2026"),
                        org.assertj.core.groups.Tuple.tuple("text", "2018-06-13"));
    }
}
