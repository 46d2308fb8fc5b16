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

/** Mentions the tagger calls names that cannot be names, and spans repaired around organizations. */
class ImplausibleMentionsTest {

    @Test
    void theNamesOfExercisesAreNoEntitiesButTheirActorsAre() {
        List<Entity> es = new LinkerTestSupport(
                "تبدأ مناورات بلو ستورم وريد فالكون الشهر المقبل، وقد أجل الجيش تمرين بلو ستورم مرة. وتشارك في مناورات أنقرة وباريس وحدات بحرية.")
                .tag("بلو ستورم", ORG).tag("وريد فالكون", PERS).tag("أنقرة", LOC).tag("وباريس", LOC).link();
        assertThat(es).extracting(Entity::key).containsExactly("city:ankara", "city:paris");
    }

    @Test
    void theLettersOfAModelBeforeItsNumberAreNoName() {
        List<Entity> es = new LinkerTestSupport(
                "تسلمت القاعدة منظومة الردع الجوي إس-500 وطائرة \"كيه إف 9\"، وبثت قناة إم بي سي 3 تقريرا عن جهاز أم آي 6 البريطاني.")
                .tag("الردع الجوي إس", ORG).tag("كيه إف", PERS).tag("إم بي سي", ORG).tag("أم آي", ORG).link();
        assertThat(es).extracting(Entity::key).containsExactly("org:mbc", "org:mi6");
    }

    @Test
    void anEventNamedElsewhereWithItsHeadIsNoEntityWithoutIt() {
        List<Entity> es = new LinkerTestSupport("أعلنت الوزارة تعليق سيلفر هوك. وكانت مناورة سيلفر هوك تجرى كل عام.")
                .tag("سيلفر هوك", PERS).link();
        assertThat(es).isEmpty();
    }

    @Test
    void aKnownPlaceInTheNameOfACupIsNoMentionButStaysElsewhere() {
        List<Entity> es = new LinkerTestSupport("فاز المنتخب بكأس آسيا 2019 ثم سافر إلى آسيا مجددا.")
                .tag("آسيا", LOC).link();
        Entity asia = es.get(0);
        assertThat(asia.mentions()).hasSize(1);
        assertThat(asia.mentions().get(0).start()).isGreaterThan(25);
    }

    @Test
    void aPlaceInATwoWordCompetitionNameOrAWorldCupIsNoMention() {
        List<Entity> es = new LinkerTestSupport(
                "تأهل الفريق إلى دوري أبطال أوروبا ولعب في مونديال روسيا وكأس أمم أفريقيا، ثم عاد إلى روسيا وهزمت منتخبات أوروبا أمم أفريقيا.")
                .tag("أوروبا", LOC).tag("روسيا", LOC).tag("أفريقيا", LOC).link();
        assertThat(named(es, "روسيا").mentions()).hasSize(1);
        assertThat(named(es, "أوروبا").mentions()).hasSize(1);
        assertThat(named(es, "أفريقيا").mentions()).hasSize(1);
        assertThat(named(es, "روسيا").mentions().get(0).start()).isGreaterThan(60);
    }

    @Test
    void aCountryNameAfterADefiniteNounIsItsAdjective() {
        List<Entity> es = new LinkerTestSupport("ارتفعت الأسهم السعودية، وقالت الأندية السورية إن السعودية ستستضيف البطولة، وأعلنت اليوم السعودية موقفها.")
                .tag("السعودية", LOC).tag("السورية", LOC).link();
        assertThat(es).extracting(Entity::key).containsExactly("country:sa");
        assertThat(es.get(0).mentions()).hasSize(2);
    }

    @Test
    void aNationalityAdjectiveWithADirectionIsNoPlace() {
        List<Entity> es = new LinkerTestSupport("وصل الوفد إلى العاصمة الكورية الجنوبية ثم زار كوريا الجنوبية مرة أخرى.")
                .tag("الكورية الجنوبية", LOC).tag("كوريا الجنوبية", LOC).link();
        assertThat(es).extracting(Entity::name).containsExactly("كوريا الجنوبية");
        assertThat(es.get(0).mentions()).hasSize(1);
    }

    @Test
    void theirCountryIsNoPlaceName() {
        List<Entity> es = new LinkerTestSupport("عاد اللاجئون إلى بلادهم، وقال إن بلادنا وبلاده ترحب بهم في بلاد الشام.")
                .tag("بلادهم", LOC).tag("بلادنا", LOC).tag("وبلاده", ORG).tag("بلاد الشام", LOC).link();
        assertThat(es).extracting(Entity::name).containsExactly("بلاد الشام");
    }

    @Test
    void theWordAfterAPronounParticleIsAPredicate() {
        List<Entity> es = new LinkerTestSupport("وقال المدرب إنه \"مسرور\" بالنتيجة، وقال إن كارلوس فيغا سيبقى.")
                .tag("مسرور", PERS).tag("كارلوس فيغا", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("كارلوس فيغا");
    }

    @Test
    void aCommonNounWithAPossessiveEndingIsNoName() {
        List<Entity> es = new LinkerTestSupport("وقال مراسلنا إن سيرينا تابلين وصلت، وإن حكومتنا لم ترد.")
                .tag("مراسلنا", PERS).tag("سيرينا تابلين", PERS).tag("حكومتنا", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("سيرينا تابلين");
    }

    @Test
    void anIndefiniteDescriptionOfAnOrganizationIsNoName() {
        List<Entity> es = new LinkerTestSupport("اتهمت الشرطة حزب يساري بالتحريض، وقالت شركة أمريكية إن حزب الأمل بريء.")
                .tag("حزب يساري", ORG).tag("شركة أمريكية", ORG).tag("حزب الأمل", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("حزب الأمل");
    }

    @Test
    void aPlaceNamedWithCommonNounsStaysButAnAdjectiveDescribes() {
        List<Entity> es = new LinkerTestSupport("سقطت قذيفة على منطقة سكنية في مدينة قصر هلال، ثم على معهد ثانوي.")
                .tag("منطقة سكنية", LOC).tag("مدينة قصر هلال", LOC).tag("معهد ثانوي", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("مدينة قصر هلال");
    }

    @Test
    void aPersonAfterAWordThatAlsoMeansStarringStays() {
        List<Entity> es = new LinkerTestSupport("عرض الفيلم من بطولة ميرفت سامي وكريم داود في تونس.")
                .tag("ميرفت سامي", PERS).tag("وكريم داود", PERS).link();
        assertThat(es).extracting(Entity::name).contains("ميرفت سامي", "كريم داود");
    }

    @Test
    void aStanceAfterAnOrganizationIsTrimmed() {
        List<Entity> es = new LinkerTestSupport("قال زعيم حزب الفجر الوطني القومي المتطرف إن الحكومة فشلت، وانتقد الحزب الحاكم.")
                .tag("حزب الفجر الوطني القومي المتطرف", ORG).tag("الحزب الحاكم", ORG).link();
        assertThat(es).extracting(Entity::name).contains("حزب الفجر الوطني");
        assertThat(es).extracting(Entity::name).doesNotContain("حزب الفجر الوطني القومي المتطرف", "الحزب");
    }

    @Test
    void aTitleAdjectiveComesOffAPersonAndAStanceTheTaggerCutComesOffAParty() {
        List<Entity> es = new LinkerTestSupport("التقى الرئيس الكوري الجنوبي لي سو-مين زعيم حزب الوطن الحر القومي اليوم.")
                .tag("الجنوبي لي سو-مين", PERS).tag("حزب الوطن الحر القومي", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("لي سو-مين", "حزب الوطن الحر");
        List<Entity> two = new LinkerTestSupport("انتقد الحزب السوري القومي القرار.").tag("الحزب السوري القومي", ORG).link();
        assertThat(two).extracting(Entity::name).containsExactly("الحزب السوري القومي");
    }

    @Test
    void aWordOfAnExerciseNameIsNoEntityEither() {
        List<Entity> es = new LinkerTestSupport("بدأت مناورات سيلفر هوك أمس، وقال الجيش إن هوك ستستمر أسبوعا.")
                .tag("سيلفر هوك", ORG).tag("هوك", ORG).link();
        assertThat(es).isEmpty();
    }

    @Test
    void theComplementOfATitleIsNotTheStartOfAName() {
        List<Entity> es = new LinkerTestSupport("استقبل رئيس الجمهورية المنصف بن سالم الوفد، ثم التقى الرئيس المنصف بن سالم بالوزراء.")
                .tag("الجمهورية المنصف بن سالم", PERS).tag("المنصف بن سالم", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("المنصف بن سالم");
        assertThat(named(es, "المنصف بن سالم").mentions()).hasSize(2);
    }

    @Test
    void aPossessedNounBeforeANameComesOff() {
        List<Entity> es = new LinkerTestSupport("وقال مراسلنا سامي الورتاني إن الطريق مغلق.")
                .tag("مراسلنا سامي الورتاني", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("سامي الورتاني");
    }

    @Test
    void aForeignNameWithAlIsNoTitleComplementAndAnAttackKeepsItsPlace() {
        List<Entity> es = new LinkerTestSupport("في عهد للجنرال ألفريدو ماركيز وقعت عملية بن عمران، وزار الوزير بن عمران أمس.")
                .tag("ألفريدو ماركيز", PERS).tag("بن عمران", LOC).link();
        assertThat(es).extracting(Entity::name).containsExactly("ألفريدو ماركيز", "بن عمران");
        assertThat(named(es, "بن عمران").mentions()).hasSize(2);
    }

    @Test
    void aNameAfterAKindOfBusinessIsAnOrganization() {
        List<Entity> es = new LinkerTestSupport("حصل الطاهي على نجمة من دليل غورماند، وتناول الوفد الغداء في (مطعم) بيلا روزا.")
                .tag("غورماند", PERS).tag("بيلا روزا", PERS).link();
        assertThat(es).extracting(Entity::type).containsExactly(ORG, ORG);
    }

    @Test
    void theKindOfAnOutletBeforeACatalogNameLinksToTheCatalog() {
        List<Entity> es = new LinkerTestSupport("وقال في مقابلة مع قناة CNN إن الاتفاق قريب، وأكدت CNN ذلك.")
                .tag("قناة CNN", ORG).link();
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("org:cnn");
            assertThat(mentionTexts(e)).containsExactly("قناة CNN", "CNN");
        });
    }

    @Test
    void aCatalogNameBesideAPlaceOrAfterACliticIsCutOut() {
        List<Entity> es = new LinkerTestSupport("وأفاد مصدر أمني في المدينة للجوهرة أف أم بأن الطريق مغلق، وقال مراسل الجوهرة أف أم ببنزرت إن الوضع هادئ.")
                .tag("المدينة للجوهرة أف أم", ORG).tag("الجوهرة أف أم ببنزرت", ORG).link();
        assertThat(es).extracting(Entity::key).containsExactly("org:jawhara-fm", "city:bizerte");
        assertThat(es.get(0).mentions()).hasSize(2);
    }

    @Test
    void twoNamesInQuotesOfEqualLengthAreNotAnAcronymAndItsLongForm() {
        List<Entity> es = new LinkerTestSupport("وفق ما أفاد به مصدر بإدارة المرور \"الجوهرة أف أم\".")
                .tag("إدارة المرور", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("إدارة المرور", "الجوهرة أف أم");
    }

    @Test
    void productsAreNoEntitiesButTheirMakersAndNamesBesideThemAre() {
        List<Entity> es = new LinkerTestSupport(
                "طرحت الشركة هاتف غالاكسي الجديد بنظام أندرويد، وقال مديرها إن سامسونغ غالاكسي إس 11 سيتفوق على آي فون. "
                + "وسقطت طائرة من طراز بوينغ 787 قرب القاعدة، ورد لاعب من طراز سالمين على هاتف كريمان.")
                .tag("هاتف غالاكسي", ORG).tag("أندرويد", PERS).tag("سامسونغ غالاكسي إس 11", ORG).tag("آي فون", ORG)
                .tag("بوينغ 787", ORG).tag("سالمين", PERS).tag("هاتف كريمان", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactlyInAnyOrder("سامسونغ", "سالمين", "هاتف كريمان");
    }

    @Test
    void aClubNamedAfterItsCityKeepsTheWordOfAProductLine() {
        List<Entity> es = new LinkerTestSupport("فاز نادي لوس أنجلوس غالاكسي على ضيفه.")
                .tag("لوس أنجلوس غالاكسي", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("لوس أنجلوس غالاكسي");
    }

    @Test
    void aMonthWithItsDayOrYearIsADateNotAPerson() {
        List<Entity> es = new LinkerTestSupport(
                "ينطلق المهرجان يوم 14 ماي القادم، بعد دورة ماي 2016 وندوة ماي الجاري. وقالت تيريزا ماي إن لندن طردت 23 دبلوماسيا، ومنحت ماي 23 وساما.")
                .tag("ماي", PERS).tag("ماي 2016", PERS).tag("ماي الجاري", PERS).tag("تيريزا ماي", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactlyInAnyOrder("تيريزا ماي", "لندن");
        assertThat(mentionTexts(named(es, "تيريزا ماي"))).containsExactly("تيريزا ماي", "ماي");
    }

    @Test
    void diseasesAreNoEntitiesButANameAfterAProcliticThatSpellsOneIs() {
        List<Entity> es = new LinkerTestSupport(
                "توفي طفل بداء الكلب، وسجلت إصابات بفيروس زاكانا وحمى لاسا. وقال فداء الخوري إن حزب نداء الوطن يتابع.")
                .tag("داء الكلب", LOC).tag("بفيروس زاكانا", ORG).tag("حمى لاسا", PERS).tag("فداء الخوري", PERS)
                .tag("نداء الوطن", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactlyInAnyOrder("فداء الخوري", "نداء الوطن");
    }
}
