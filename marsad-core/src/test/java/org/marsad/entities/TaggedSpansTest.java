package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entities.LinkerTestSupport.mentionTexts;
import static org.marsad.entities.LinkerTestSupport.named;
import static org.marsad.model.EntityType.LOC;
import static org.marsad.model.EntityType.ORG;
import static org.marsad.model.EntityType.PERS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;

/** The tagger's spans are repaired before linking. */
class TaggedSpansTest {

    @Test
    void functionWordsAndTitlesComeOffTheEdges() {
        List<Entity> es = new LinkerTestSupport("أفرجت المحكمة اليوم على عزريا، وقال الرئيس ترامب إن شقيقته إيتي عزريا سعيدة.")
                .tag("على عزريا", PERS).tag("الرئيس ترامب", PERS).tag("شقيقته إيتي عزريا", PERS).link();
        assertThat(es.stream().map(Entity::name)).contains("ترامب", "إيتي عزريا");
        assertThat(mentionTexts(named(es, "إيتي عزريا"))).containsExactly("عزريا", "إيتي عزريا");
    }

    @Test
    void institutionsJoinedByWawAreOneMentionEach() {
        List<Entity> es = new LinkerTestSupport("وقعت الهيئة الوطنية للمياه والشركة العامة للكهرباء ووزارة التعليم العالي والبحث العلمي اتفاقا.")
                .tag("الهيئة الوطنية للمياه والشركة العامة للكهرباء ووزارة التعليم العالي والبحث العلمي", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("الهيئة الوطنية للمياه", "الشركة العامة للكهرباء",
                "وزارة التعليم العالي والبحث العلمي");
    }

    @Test
    void accordingToOpensNoNameButHasaballahIsOne() {
        List<Entity> es = new LinkerTestSupport("ارتفعت الأسعار بحسب ماركوس فيلدر، وقال كمال حسب الله إن السوق هادئة.")
                .tag("بحسب ماركوس فيلدر", PERS).tag("كمال حسب الله", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("ماركوس فيلدر", "كمال حسب الله");
    }

    @Test
    void parentsAndSistersAreNoPartOfTheName() {
        List<Entity> es = new LinkerTestSupport("وصل والدا يارا منصور إلى المحكمة، وقالت ريم حداد أخت يارا إن الحكم قاس.")
                .tag("والدا يارا منصور", PERS).tag("ريم حداد أخت", PERS).link();
        assertThat(es).extracting(Entity::name).contains("يارا منصور", "ريم حداد");
    }

    @Test
    void aTitleAfterTheNameComesOffItsEnd() {
        List<Entity> es = new LinkerTestSupport(
                "واستقبل سامر آل زيدان رئيس الهيئة الوفد، بعد انتخاب منار الكيلاني رئيسا للنادي، وتحدث رامي كوريان مؤسس الشركة.")
                .tag("سامر آل زيدان رئيس", PERS).tag("منار الكيلاني رئيسا", PERS).tag("رامي كوريان مؤسس", PERS).link();
        assertThat(es).extracting(Entity::name).contains("سامر آل زيدان", "منار الكيلاني", "رامي كوريان");
    }

    @Test
    void godsNameClosesACompoundNameAndOpensNone() {
        List<Entity> es = new LinkerTestSupport("اتهمت أنقرة جماعة الداعية فتح الله كولن، وقال الله تعالى في الآية.")
                .tag("الله كولن", PERS).link();
        assertThat(es).extracting(Entity::name).contains("فتح الله كولن").doesNotContain("الله كولن");
    }

    @Test
    void alyTheNameIsNotAlaThePreposition() {
        List<Entity> es = new LinkerTestSupport("التقى علي الحسيني بالوفد.").tag("علي الحسيني", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("علي الحسيني");
    }

    @Test
    void aPersonHoldsNoPrepositionAndAKnownNameDropsItsCountryAdjective() {
        List<Entity> es = new LinkerTestSupport("كتب رالف غوديل على تويتر، وقالت قناة CNN الأمريكية إن الخبر صحيح.")
                .tag("رالف غوديل على تويتر", PERS).tag("CNN الأمريكية", ORG).link();
        assertThat(es).extracting(Entity::name).contains("رالف غوديل", "CNN");
    }

    @Test
    void hyphenatedNamesAreWholeAndSplitNamesJoin() {
        List<Entity> es = new LinkerTestSupport("وصل كيم أوي-كيوم إلى ألتونا-جونزتاون، وقال وزير الداخلية رمضان حامرو رحيم زاده إن الأمن مستتب.")
                .tag("كيم أوي", PERS).tag("ألتونا", LOC).tag("رمضان حامرو", PERS).tag("رحيم زاده", PERS).link();
        assertThat(es).extracting(Entity::name).contains("كيم أوي-كيوم", "ألتونا-جونزتاون", "رمضان حامرو رحيم زاده");
    }

    @Test
    void aFirstNameMakesAPersonAndJoinsTheSurname() {
        List<Entity> es = new LinkerTestSupport("وقالت فيكتوريا نولاند إن الوضع صعب. وقال أليك ميناسيان إنه بريء.")
                .tag("فيكتوريا", LOC).tag("نولاند", LOC).tag("ميناسيان", PERS).link();
        Entity v = named(es, "فيكتوريا نولاند");
        assertThat(v.type()).isEqualTo(EntityType.PERS);
        assertThat(named(es, "أليك ميناسيان").type()).isEqualTo(EntityType.PERS);
    }

    @Test
    void aWellKnownPersonIsCutOutOfAnOrganizationSpan() {
        List<Entity> es = new LinkerTestSupport("قال رئيس مجلس الدوما فياتشيسلاف فولودين إن الدول نادمة.")
                .tag("مجلس الدوما فياتشيسلاف فولودين", ORG).link();
        assertThat(es).extracting(Entity::key).contains("org:state-duma", "pers:vyacheslav-volodin");
        assertThat(named(es, "فياتشيسلاف فولودين").titles()).containsExactly("رئيس مجلس الدوما");
        List<Entity> es2 = new LinkerTestSupport("قالت رئيسة مجلس الاتحاد فالنتينا ماتفينكو إن المنظمة ستدافع.")
                .tag("الاتحاد فالنتينا ماتفينكو", ORG).link();
        assertThat(es2).extracting(Entity::name).containsExactly("مجلس الاتحاد", "فالنتينا ماتفينكو");
    }

    @Test
    void aQuotedNameWithoutAnInstitutionIsAProduct() {
        List<Entity> es = new LinkerTestSupport("ونقلت سبوتنيك عن شركة “هاي بيرسيشن سيستمز” الروسية قولها إن منظومة “غيبكا إس” فعالة.")
                .tag("هاي بيرسيشن سيستمز", ORG).tag("غيبكا إس", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("سبوتنيك", "هاي بيرسيشن سيستمز");
    }

    @Test
    void conjoinedNamesSplitAndClausesEndASpan() {
        List<Entity> es = new LinkerTestSupport("جرت محادثات بين روسيا والولايات المتحدة، وقالت وكالة الأنباء الفرنسية إن الشرطة استجوبته، وعلقت سول وواشنطن المناورات.")
                .tag("روسيا والولايات المتحدة", LOC).tag("وكالة الأنباء الفرنسية إن الشرطة استجوبته", ORG).tag("سول وواشنطن", LOC).link();
        assertThat(es).extracting(Entity::key).containsExactly("country:ru", "country:us", "org:afp", "city:seoul", "city:washington");
    }

    @Test
    void aNameAfterTheKindOfInstitutionIsAnOrganization() {
        List<Entity> es = new LinkerTestSupport("ونقلت الوكالة عن شركة “هاي بيرسيشن سيستمز” قولها إن الشأن الأوكراني معقد.")
                .tag("هاي بيرسيشن سيستمز", PERS).tag("الشأن الأوكراني", LOC).link();
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("هاي بيرسيشن سيستمز");
            assertThat(e.type()).isEqualTo(ORG);
        });
    }

    @Test
    void theKindOfPlaceJoinsThePlaceName() {
        List<Entity> es = new LinkerTestSupport("وقعت الحادثة في مقاطعة جيلين، وعثر على الصبية في كهف بتايلاند.")
                .tag("جيلين", ORG).tag("بتايلاند", LOC).link();
        Entity jilin = named(es, "مقاطعة جيلين");
        assertThat(jilin.type()).isEqualTo(EntityType.LOC);
        assertThat(es.stream().filter(e -> e.key().equals("country:th")).findFirst().orElseThrow().name()).isEqualTo("تايلاند");
    }

    @Test
    void aForeignWordTaggedMiscAfterAKindOfPlaceIsThePlace() {
        List<Entity> es = new LinkerTestSupport("أعلنت السلطات بمقاطعة هيلونغ أن اللقاح سحب، ودعت إلى مقاطعة المونديال.")
                .tag("هيلونغ", EntityType.MISC).tag("المونديال", EntityType.MISC).link();
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(LOC);
            assertThat(e.name()).isEqualTo("مقاطعة هيلونغ");
        });
    }
    @Test
    void aQuotedNameAfterAWorkOrProductAndAStormsNameAreNoPersons() {
        List<Entity> es = new LinkerTestSupport("عرض فيلم \"نحبك هادي\" ووصلت مدرعات “تايغر” قبل أن يضرب الإعصار فلورنس الساحل، وقال بيسكوف إن فيلم محمود حميدة جيد.")
                .tag("نحبك هادي", PERS).tag("تايغر", PERS).tag("فلورنس", PERS).tag("بيسكوف", PERS).tag("محمود حميدة", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactlyInAnyOrder("بيسكوف", "محمود حميدة");
    }

    @Test
    void aQuotedNameAfterAWebsiteIsAnOrganization() {
        List<Entity> es = new LinkerTestSupport("وذكر موقع \"هسبريس\" المغربي أن الحكومة قررت.").tag("هسبريس", PERS).link();
        assertThat(es).filteredOn(e -> e.name().equals("هسبريس")).extracting(Entity::type).containsExactly(ORG);
    }

    @Test
    void theBareArticleOfAForeignNameIsNoFirstNameButTheFamilyAlIs() {
        List<Entity> es = new LinkerTestSupport("نشرت صحيفة \"ال موندو\" الخبر، واختار آل بليهي البقاء.")
                .tag("ال موندو", ORG).tag("بليهي", PERS).link();
        assertThat(es).filteredOn(e -> e.name().equals("ال موندو")).extracting(Entity::type).containsExactly(ORG);
        assertThat(es).extracting(Entity::name).contains("آل بليهي");
    }

    @Test
    void aComplementizerWithItsHamzaOpensNoNameButVanAndBanDo() {
        List<Entity> es = new LinkerTestSupport("وبحسب الصحيفة فإن نبيل معلول سيبقى، وأكد بأن سامر حداد محق، والتقى فان ديك مع بان كي مون.")
                .tag("فإن نبيل معلول", PERS).tag("بأن سامر حداد", PERS).tag("فان ديك", PERS).tag("بان كي مون", PERS).link();
        assertThat(es).extracting(Entity::name).contains("نبيل معلول", "سامر حداد", "فان ديك", "بان كي مون");
    }

    @Test
    void aClauseTheTaggerReadAsANameIsDroppedButAnnaStays() {
        List<Entity> es = new LinkerTestSupport("وقال اللاعب: أنا سعيد بالفوز. والتقت آنا كامبل بالوفد، وقال إن الطلب غير صالح.")
                .tag("أنا سعيد", PERS).tag("آنا كامبل", PERS).tag("غير صالح", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("آنا كامبل");
    }

    @Test
    void aBusinessNameAloneJoinsItsFullNameAndTheKindDecidesTheType() {
        List<Entity> es = new LinkerTestSupport("رفعت وكالة فيتش تصنيف اليونان. وقالت فيتش إن الديون ستتراجع. وزار نواز شريف مقر حزب نواز شريف.")
                .tag("وكالة فيتش", ORG).tag("فيتش", PERS).tag("نواز شريف", PERS).tag("حزب نواز شريف", ORG).link();
        Entity fitch = named(es, "وكالة فيتش");
        assertThat(fitch.type()).isEqualTo(ORG);
        assertThat(mentionTexts(fitch)).containsExactly("وكالة فيتش", "فيتش");
        // a party named after a person does not swallow the person
        assertThat(named(es, "نواز شريف").type()).isEqualTo(PERS);
    }
}
