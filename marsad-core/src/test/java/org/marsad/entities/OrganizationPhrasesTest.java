package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;

class OrganizationPhrasesTest {

    private static List<String> orgs(String text) {
        List<Entity> es = new LinkerTestSupport(text).link();
        return es.stream().filter(e -> e.type() == EntityType.ORG && e.key().startsWith("org:") && e.latin() != null)
                .map(Entity::name).toList();
    }

    @Test
    void institutionAndCountryAdjective() {
        assertThat(orgs("وقالت الحكومة الصينية إن وزارة الخارجية الهولندية والشرطة الكندية تتابع.")).contains(
                "الحكومة الصينية", "وزارة الخارجية الهولندية", "الشرطة الكندية");
    }

    @Test
    void institutionOfANamedPlace() {
        assertThat(orgs("وأعلن رئيس شرطة تورنتو أن حكومة طاجيكستان والسفارة الفرنسية في طاجيكستان تتعاون."))
                .contains("شرطة تورنتو", "حكومة طاجيكستان", "السفارة الفرنسية في طاجيكستان");
    }

    @Test
    void fieldsCourtsAndFederations() {
        assertThat(orgs("وقالت وزارة الداخلية إن المحكمة العليا في ولاية بنسلفانيا والاتحاد الأمريكي لكرة القدم وهيئة الأركان الأميركية المشتركة موافقة."))
                .contains("وزارة الداخلية", "المحكمة العليا في ولاية بنسلفانيا", "الاتحاد الأمريكي لكرة القدم",
                        "هيئة الأركان الأميركية المشتركة");
    }

    @Test
    void aStatesCouncilIsNamedByItsKindAloneOrWithItsCountry() {
        assertThat(orgs("وأقر مجلس الوزراء الخطة، ثم صوت مجلس النواب الأردني عليها قبل أن يحيلها إلى مجلس الشيوخ."))
                .contains("مجلس الوزراء", "مجلس النواب الأردني", "مجلس الشيوخ");
        // any other council needs its country, and مجلس before a plain word is no body
        assertThat(orgs("وعقد مجلس الإدارة اجتماعه في مجلس العزاء.")).isEmpty();
    }

    @Test
    void aWeaponIsNoBranchOfTheForces() {
        List<String> found = orgs("واتهم سلاح الجو الروسي والسلاح الجوي السعودي بشن الغارة، وقال إن السلاح الكيماوي في سوريا والسلاح الأمريكي وسلاح إيران خطر.");
        assertThat(found).contains("سلاح الجو الروسي", "السلاح الجوي السعودي");
        assertThat(found).noneMatch(n -> n.contains("السلاح الكيماوي") || n.contains("الأمريكي") || n.equals("سلاح إيران"));
    }

    @Test
    void aBodyOfTwoParties() {
        assertThat(orgs("وأعقب ذلك اجتماع لمجلس روسيا – ناتو في بروكسل.")).contains("مجلس روسيا – ناتو");
    }

    @Test
    void aMinistersTitleIsNoMinistryAndPlainWordsAreNoOrganization() {
        assertThat(orgs("وقال وزير الخارجية الأمريكي إن الحكومة قررت والوزارة وافقت.")).isEmpty();
    }
    @Test
    void aTitleAfterTheFieldEndsThePhraseButTheHoldersTitleRightAfterTheHeadDoesNot() {
        assertThat(orgs("وقال مصدر في وزارة الخارجية السفير الإيراني إن إدارة الرئيس الأمريكي قررت."))
                .contains("وزارة الخارجية", "إدارة الرئيس الأمريكي")
                .doesNotContain("وزارة الخارجية السفير الإيراني");
    }

    private static List<Entity> linked(String text, String taggedPerson) {
        return new LinkerTestSupport(text).tag(taggedPerson, EntityType.PERS).link();
    }

    @Test
    void aPersonTheTaggerRunsFromInsideAnInstitutionPhraseOverItsEndGivesWay() {
        List<Entity> es = linked("وقالت الوزارة إن طائرات تابعة لسلاح الجو الروسي غادرت اليوم.", "الجو الروسي غادرت");
        assertThat(es).extracting(Entity::name).contains("سلاح الجو الروسي");
        assertThat(es).filteredOn(e -> e.type() == EntityType.PERS).isEmpty();
    }

    @Test
    void whatFollowsThePhraseStaysAPersonWhenItLooksLikeAName() {
        List<Entity> es = linked("وقالت وكالة الأنباء الروسية جون بولتون إن الأمر انتهى.", "الروسية جون بولتون");
        assertThat(es).filteredOn(e -> e.type() == EntityType.PERS).extracting(Entity::name).containsExactly("جون بولتون");
        es = linked("وقال رئيس الحكومة الروسية ميدفيديف إن الأمر انتهى.", "الروسية ميدفيديف");
        assertThat(es).filteredOn(e -> e.type() == EntityType.PERS).extracting(Entity::key).containsExactly("pers:dmitry-medvedev");
    }

    @Test
    void aPersonStartingOnThePhrasesLastWordKeepsItsName() {
        // the adjective may be the first name (تركي): the phrase does not take it from the tagger
        List<Entity> es = linked("وقال المتحدث باسم القوات السعودية تركي المالكي إن الهجوم فشل.", "تركي المالكي");
        assertThat(es).filteredOn(e -> e.type() == EntityType.PERS).extracting(Entity::name).containsExactly("تركي المالكي");
    }

    @Test
    void aCompanyOrBodyNamedByItsScopeAndItsPurpose() {
        assertThat(orgs("أعلنت الشركة الوطنية لاستغلال وتوزيع المياه أن المؤسسة التونسية للأنشطة البترولية والهيئة العليا المستقلة للانتخابات اجتمعت."))
                .contains("الشركة الوطنية لاستغلال وتوزيع المياه", "المؤسسة التونسية للأنشطة البترولية",
                        "الهيئة العليا المستقلة للانتخابات");
        // a purpose runs on over its adjective and one coordinated word, not over a word of time or another body
        assertThat(orgs("وقالت الشركة الجهوية للنقل البري والبحري اليوم إن الخطوط عادت."))
                .contains("الشركة الجهوية للنقل البري والبحري");
        assertThat(orgs("ووقعت الهيئة العامة للرياضة واللجنة الأولمبية اتفاقا.")).contains("الهيئة العامة للرياضة");
        // after a definite word only its adjective: the rest is the sentence (للاستثمار الضوء الأخضر)
        assertThat(orgs("أعطت الهيئة العامة للاستثمار الضوء الأخضر للمشروع.")).contains("الهيئة العامة للاستثمار");
        // with an adjective that is no scope it is a description
        assertThat(orgs("دفعت الشركة الراعية للمنتخب المبلغ.")).isEmpty();
    }

    @Test
    void anInstituteCouncilOrAgencyNamedByItsScopeAndItsPurpose() {
        // third entity spot check: masculine heads and scopes, and a scope adjective inside the purpose
        assertThat(orgs("وأعلن الجهاز المركزي للتعبئة العامة والإحصاء أن المعهد الوطني للإحصاء والمجلس الأعلى للقضاء اتفقا."))
                .contains("الجهاز المركزي للتعبئة العامة والإحصاء", "المعهد الوطني للإحصاء", "المجلس الأعلى للقضاء");
        // a central bank is named whole: what follows ل is what it does
        assertThat(orgs("واضطر البنك المركزي لرفع الفائدة، وتدخل البنك المركزي التركي لتحدي السوق."))
                .allSatisfy(n -> assertThat(n).doesNotContain("لرفع").doesNotContain("لتحدي"));
    }

    @Test
    void afterLilTheNameOfAPhraseKeepsTheArticleTheCliticSwallowed() {
        List<Entity> es = new LinkerTestSupport("أعلن الوزير دعمه للمجلس الوطني الفلسطيني وللشركة التونسية للكهرباء والغاز.").link();
        assertThat(es).extracting(Entity::name).contains("المجلس الوطني الفلسطيني", "الشركة التونسية للكهرباء والغاز");
        assertThat(es).extracting(e -> e.mentions().get(0).text()).contains("مجلس الوطني الفلسطيني", "شركة التونسية للكهرباء والغاز");
        // ل alone before an indefinite head swallows no article
        assertThat(orgs("وقدم تقريرا لمجلس الوزراء.")).contains("مجلس الوزراء");
    }

    @Test
    void aCouncilOrUnionWithItsCountryTakesItsPurpose() {
        assertThat(orgs("وقال المجلس النرويجي للاجئين إن الاتحاد التونسي للصناعة والتجارة يدعم النازحين."))
                .contains("المجلس النرويجي للاجئين", "الاتحاد التونسي للصناعة والتجارة");
        // a title after ل is someone's, not the body's purpose
        assertThat(orgs("وقدم الاتحاد الأرميني لرئيس الوفد هدية.")).contains("الاتحاد الأرميني");
    }
}
