package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.entities.LinkerTestSupport.mentionTexts;
import static org.marsad.entities.LinkerTestSupport.named;
import static org.marsad.model.EntityType.LOC;
import static org.marsad.model.EntityType.MISC;
import static org.marsad.model.EntityType.ORG;
import static org.marsad.model.EntityType.PERS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.Gender;

class ArticleEntityLinkerTest {

    @Test
    void surnameJoinsTheFullNameAndTheCatalogGivesKeyAndLatin() {
        List<Entity> es = new LinkerTestSupport(
                "قال المتحدث باسم الرئاسة الروسية ديمتري بيسكوف إن هناك تفاهما. وأضاف بيسكوف أن موسكو على علم.")
                .tag("ديمتري بيسكوف", PERS).tag("بيسكوف", PERS).link();
        Entity peskov = named(es, "ديمتري بيسكوف");
        assertThat(mentionTexts(peskov)).containsExactly("ديمتري بيسكوف", "بيسكوف");
        assertThat(peskov.key()).isEqualTo("pers:dmitry-peskov");
        assertThat(peskov.latin()).isEqualTo("Dmitry Peskov");
        assertThat(peskov.titles()).containsExactly("المتحدث باسم الرئاسة الروسية");
        assertThat(peskov.gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void unknownPersonGroupsByItsSurnameAndGetsATransliteratedName() {
        List<Entity> es = new LinkerTestSupport(
                "أكد النائب الأول للمندوب البيلاروسي الدائم لدى الأمم المتحدة ستانيسلاف زاس، أن بلاده لم تخطط لذلك. ونقلت وكالة تاس عن زاس قوله.")
                .tag("ستانيسلاف زاس", PERS).tag("زاس", PERS).link();
        Entity p = named(es, "ستانيسلاف زاس");
        assertThat(mentionTexts(p)).containsExactly("ستانيسلاف زاس", "زاس");
        assertThat(p.titles()).containsExactly("النائب الأول للمندوب البيلاروسي الدائم لدى الأمم المتحدة");
        assertThat(p.latin()).isEqualTo("Stanislav Zas");
        assertThat(p.key()).isEqualTo("pers:ستانيسلاف_زاس");
        // the catalog adds the agency and the organization in the title
        assertThat(named(es, "وكالة تاس").key()).isEqualTo("org:tass");
        assertThat(named(es, "الأمم المتحدة").key()).isEqualTo("org:un");
    }

    @Test
    void twoPeopleWithOneSurnameStayTwoAndTheBareSurnameGoesToTheFirst() {
        List<Entity> es = new LinkerTestSupport(
                "أفرج عن الجندي إيلور عزريا اليوم. وقال عزريا إنه سعيد. وكانت والدته إيتي عزريا قد طالبت بالعفو. وقال عزريا لاحقا.")
                .tag("إيلور عزريا", PERS).tag("إيتي عزريا", PERS).tag("عزريا ", PERS).link();
        assertThat(es.stream().filter(e -> e.type() == PERS)).hasSize(2);
        assertThat(mentionTexts(named(es, "إيلور عزريا"))).containsExactly("إيلور عزريا", "عزريا", "عزريا");
        assertThat(mentionTexts(named(es, "إيتي عزريا"))).containsExactly("إيتي عزريا");
        assertThat(named(es, "إيلور عزريا").titles()).containsExactly("الجندي");
    }

    @Test
    void acronymsAndLongFormsAreOneEntity() {
        List<Entity> es = new LinkerTestSupport(
                "أعلن أمين عام حلف شمال الأطلسي “ناتو” موقفه. وتدخل العلاقات مع الناتو مرحلة خطيرة. وقال لقناة CNN ثم لقناة (سي إن إن) الأمريكية.")
                .link();
        Entity nato = named(es, "حلف شمال الأطلسي");
        assertThat(mentionTexts(nato)).containsExactly("حلف شمال الأطلسي", "ناتو", "الناتو");
        assertThat(nato.latin()).isEqualTo("NATO");
        Entity cnn = es.stream().filter(e -> e.key().equals("org:cnn")).findFirst().orElseThrow();
        assertThat(mentionTexts(cnn)).containsExactly("CNN", "سي إن إن");
    }

    @Test
    void unknownAcronymMeetsItsArabicLetterNames() {
        List<Entity> es = new LinkerTestSupport("بثت شبكة XYZ التقرير، وقالت إكس واي زد إنها ستتابع.")
                .tag("XYZ", ORG).tag("إكس واي زد", ORG).link();
        assertThat(es).hasSize(1);
        assertThat(mentionTexts(es.get(0))).containsExactly("XYZ", "إكس واي زد");
    }

    @Test
    void cliticsStayOutOfTheMentionSpan() {
        List<Entity> es = new LinkerTestSupport("لا ضمانات لروسيا، واجتمع المجلس وبروكسل تراقب، وفي بروكسل قالوا إن الاتفاق للمنظمة الدولية للهجرة.")
                .tag("لروسيا", LOC).tag("وبروكسل", LOC).tag("بروكسل", LOC).tag("للمنظمة الدولية للهجرة", ORG).link();
        assertThat(mentionTexts(named(es, "روسيا"))).containsExactly("روسيا");
        assertThat(mentionTexts(named(es, "بروكسل"))).containsExactly("بروكسل", "بروكسل");
        Entity iom = named(es, "المنظمة الدولية للهجرة");
        assertThat(mentionTexts(iom)).containsExactly("منظمة الدولية للهجرة");
    }

    @Test
    void aNameThatStartsWithAClitícLetterKeepsIt() {
        List<Entity> es = new LinkerTestSupport("أعلنت واشنطن وبكين أمس اتفاقا.").tag("واشنطن", LOC).tag("وبكين", LOC).link();
        assertThat(mentionTexts(named(es, "واشنطن"))).containsExactly("واشنطن");
        assertThat(mentionTexts(named(es, "بكين"))).containsExactly("بكين");
    }

    @Test
    void aWordThatStartsWithAClitícAndTheArticleNeedsThreeLettersAfterIt() {
        // وكالة is no و ك + الة, والتر no و + التر: neither has a word of its own after the article
        List<Entity> es = new LinkerTestSupport("نقلت وكالة الفضاء الكندية عن والتر كرونكايت أن المهمة تأجلت، وبالمغرب قالوا إنها ستنطلق.")
                .tag("وكالة الفضاء الكندية", ORG).tag("والتر كرونكايت", PERS).tag("وبالمغرب", LOC).link();
        assertThat(es).extracting(Entity::name).contains("وكالة الفضاء الكندية", "والتر كرونكايت", "المغرب");
        assertThat(mentionTexts(named(es, "وكالة الفضاء الكندية"))).containsExactly("وكالة الفضاء الكندية");
    }

    @Test
    void aPlaceWithADirectionIsAPlaceOfItsOwn() {
        List<Entity> es = new LinkerTestSupport("هاجرت عائلات من أميركا الوسطى إلى أميركا الشمالية، بينما قصفت الطائرات منطقة الغوطة الشرقية.")
                .tag("أميركا", LOC).tag("منطقة الغوطة", LOC).link();
        assertThat(es).extracting(Entity::key)
                .containsExactly("region:central-america", "region:north-america", "region:eastern-ghouta");
        // the bare name the news gives the region links to it, so the lone definite word is kept
        assertThat(new LinkerTestSupport("وعاد النازحون إلى الغوطة بعد شهر.").tag("الغوطة", LOC).link())
                .extracting(Entity::key).containsExactly("region:eastern-ghouta");
    }

    @Test
    void armedGroupsAndMonitorsTheTaggerMissesAreCatalogNames() {
        List<Entity> es = new LinkerTestSupport("ذكر المرصد السوري لحقوق الإنسان أن مقاتلي الجيش السوري الحر اشتبكوا مع الحرس الثوري قرب حلب.")
                .link();
        assertThat(es).extracting(Entity::key).contains("org:sohr", "org:fsa", "org:irgc");
    }

    @Test
    void aGovernorateAndAnInstitutionAreNoFemaleTitles() {
        List<Entity> es = new LinkerTestSupport("زار الوزير محافظة الكرك، ثم التقى مدير المؤسسة العامة للمياه في عمان.")
                .tag("الكرك", LOC).tag("المؤسسة العامة للمياه", ORG).tag("عمان", LOC).link();
        assertThat(es).extracting(Entity::name).contains("محافظة الكرك", "المؤسسة العامة للمياه");
    }

    @Test
    void townsTheTaggerOftenMissesAreCatalogPlaces() {
        List<Entity> es = new LinkerTestSupport("نزحت عائلات من عفرين إلى حمص، وتقدمت القوات في مديرية التحيتا.").link();
        assertThat(es).extracting(Entity::key).containsExactly("city:afrin", "city:homs", "city:al-tuhayta");
    }

    @Test
    void mediaNamedLikePlacesAreTheMedia() {
        List<Entity> es = new LinkerTestSupport("وقال الوزير لإذاعة أوروبا 1 إن صحيفة الشرق الأوسط نقلت كلامه كما نشرته القدس العربي.")
                .tag("أوروبا", LOC).tag("الشرق الأوسط", LOC).tag("القدس", LOC).link();
        assertThat(es).extracting(Entity::key).containsExactly("org:europe1", "org:asharq-al-awsat", "org:al-quds-al-arabi");
    }

    @Test
    void aForceNamedAfterAPlaceIsTheForce() {
        List<Entity> es = new LinkerTestSupport("زار قائد فيلق القدس جبهة القتال، فيما قصفت طائرات التحالف العربي مواقع قرب الميناء.")
                .tag("القدس", LOC).link();
        assertThat(es).extracting(Entity::key).containsExactly("org:quds-force", "org:arab-coalition");
    }

    @Test
    void waBeforeAHamzaOnAlefIsTheConjunction() {
        List<Entity> es = new LinkerTestSupport("شارك في الحفل سمير داود، وإيناس فريد، وأنطونيو باريرا، ووكر جونز، ووينستون كول وآل مرزوق.")
                .tag("سمير داود", PERS).tag("وإيناس فريد", PERS).tag("وأنطونيو باريرا", PERS).tag("ووكر جونز", PERS)
                .tag("ووينستون كول", PERS).tag("وآل مرزوق", PERS).link();
        assertThat(es).extracting(Entity::name)
                .contains("إيناس فريد", "أنطونيو باريرا", "ووكر جونز", "وينستون كول", "آل مرزوق");
    }

    @Test
    void aConjunctionBetweenTwoNamesLeavesTheSecond() {
        List<Entity> es = new LinkerTestSupport("أعد الطعام لنجوم مثل نيمار وجيرود.").tag("نيمار", PERS).tag("وجيرود", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("نيمار", "جيرود");
    }

    @Test
    void spellingVariantsOfHamzaTaMarbutaAndDiacriticsMeet() {
        List<Entity> es = new LinkerTestSupport("زار الوفد أستراليا ثم عاد إلى استراليا، وقالت وزارةُ الدفاع الروسيّة إن وزارة الدفاع الروسيه لم تعلق.")
                .tag("أستراليا", LOC).tag("استراليا", LOC).link();
        assertThat(mentionTexts(named(es, "أستراليا"))).containsExactly("أستراليا", "استراليا");
        assertThat(es.stream().filter(e -> e.key().equals("org:russian-mod"))).hasSize(1);
    }

    @Test
    void shortOrganizationAndPlaceFormsJoinTheLongOnes() {
        List<Entity> es = new LinkerTestSupport(
                "أصدرت المحكمة العليا في ولاية بنسلفانيا قرارا. وقالت المحكمة العليا إن الكنيسة الكاثوليكية تسترت، ودافعت الكنيسة عن نفسها. وفي منطقة دنغارا قتل سياح، وتقع دنغارا جنوبا.")
                .tag("المحكمة العليا في ولاية بنسلفانيا", ORG).tag("المحكمة العليا", ORG).tag("الكنيسة الكاثوليكية", ORG)
                .tag("الكنيسة", ORG).tag("منطقة دنغارا", LOC).tag("دنغارا", LOC).link();
        assertThat(mentionTexts(named(es, "المحكمة العليا في ولاية بنسلفانيا"))).hasSize(2);
        assertThat(mentionTexts(named(es, "الكنيسة الكاثوليكية"))).hasSize(2);
        assertThat(mentionTexts(named(es, "منطقة دنغارا"))).containsExactly("منطقة دنغارا", "دنغارا");
    }

    @Test
    void aCatalogShortFormDoesNotSwallowAnUnknownLongerOrganization() {
        List<Entity> es = new LinkerTestSupport("قالت الأمم المتحدة إن منظمة الأمم المتحدة للطفولة والصليب الأخضر العالمي حذرا.")
                .tag("الصليب الأخضر العالمي", ORG).link();
        assertThat(es.stream().filter(e -> e.key().equals("org:un"))).hasSize(1);
        assertThat(es.stream().filter(e -> e.key().equals("org:unicef"))).hasSize(1);
    }

    @Test
    void roleUsedAsANameJoinsTheTitlesOfItsHolder() {
        List<Entity> es = new LinkerTestSupport(
                "قال المتحدث باسم الرئاسة الروسية ديمتري بيسكوف إن هناك تفاهما.\nوأضاف ممثل الكرملين أن الجانبين مختلفان.")
                .tag("ديمتري بيسكوف", PERS).link();
        assertThat(named(es, "ديمتري بيسكوف").titles()).containsExactly("المتحدث باسم الرئاسة الروسية", "ممثل الكرملين");
        assertThat(named(es, "الرئاسة الروسية").key()).isEqualTo("org:kremlin");
    }

    @Test
    void feminineTitleAndVerbGiveTheGender() {
        List<Entity> es = new LinkerTestSupport(
                "قالت رئيسة مجلس الاتحاد فالنتينا ماتفينكو إن المنظمة ستدافع. وقال رئيس مجلس الدوما فياتشيسلاف فولودين شيئا. وأضافت لينا سمير أنها موافقة.")
                .tag("فالنتينا ماتفينكو", PERS).tag("فياتشيسلاف فولودين", PERS).tag("لينا سمير", PERS).link();
        Entity m = named(es, "فالنتينا ماتفينكو");
        assertThat(m.gender()).isEqualTo(Gender.FEMALE);
        assertThat(m.titles()).containsExactly("رئيسة مجلس الاتحاد");
        assertThat(named(es, "فياتشيسلاف فولودين").gender()).isEqualTo(Gender.MALE);
        assertThat(named(es, "لينا سمير").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void aTitleNeverReachesBackOverAnotherName() {
        List<Entity> es = new LinkerTestSupport(
                "التقى الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جيه-إن في القمة.")
                .tag("كيم جونغ أون", PERS).tag("مون جيه-إن", PERS).link();
        assertThat(named(es, "كيم جونغ أون").titles()).containsExactly("الزعيم الكوري الشمالي");
        assertThat(named(es, "مون جيه-إن").titles()).containsExactly("الرئيس الكوري الجنوبي");
    }

    @Test
    void aSpokesmanBeforeANameIsSomeoneElse() {
        List<Entity> es = new LinkerTestSupport("ووصف متحدث باسم الحكومة الفرنسية روبوشون بأنه قائد.")
                .tag("روبوشون", PERS).link();
        assertThat(named(es, "روبوشون").titles()).isEmpty();
    }

    @Test
    void nationalityAdjectivesJobTitlesAndMiscAreNoEntities() {
        List<Entity> es = new LinkerTestSupport("قالت الروسية إن الرئيس زار معرض إكسبو في روسيا.")
                .tag("الروسية", LOC).tag("الرئيس", PERS).tag("معرض إكسبو", MISC).link();
        assertThat(es).extracting(Entity::name).containsExactly("روسيا");
    }

    @Test
    void idsFollowTextOrderFromTheHeadline() {
        List<Entity> es = new LinkerTestSupport("بيسكوف: العلاقات مع الولايات المتحدة خطيرة",
                "قال ديمتري بيسكوف إن روسيا لا تثق بالولايات المتحدة.").tag("بيسكوف", PERS).tag("ديمتري بيسكوف", PERS).link();
        assertThat(es).extracting(Entity::id).containsExactly("e1", "e2", "e3");
        assertThat(es.get(0).name()).isEqualTo("ديمتري بيسكوف");
        assertThat(es.get(1).key()).isEqualTo("country:us");
        assertThat(mentionTexts(es.get(1))).containsExactly("الولايات المتحدة", "الولايات المتحدة");
    }

    @Test
    void aLoneCommonWordTheTaggerCalledANameIsNoEntity() {
        List<Entity> es = new LinkerTestSupport("وقال إن الكاهن كان كاثوليكي النشأة وإن ريتشارد روبرتس وصل.")
                .tag("كاثوليكي", PERS).tag("ريتشارد روبرتس", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("ريتشارد روبرتس");
    }

    @Test
    void twoOneWordNamesJoinedByWawAreTwoPeopleButAForeignWNameStaysWhole() {
        List<Entity> es = new LinkerTestSupport("أعد الطعام لنجوم مثل نيمار وجيرود. وفازت سيرينا وليامس.")
                .tag("نيمار وجيرود", PERS).tag("سيرينا وليامس", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("نيمار", "جيرود", "سيرينا وليامس");
    }

    @Test
    void theWordBeforeANameGivesItsType() {
        List<Entity> es = new LinkerTestSupport("وصل الوفد إلى بلدة كفرنبودة صباحا.")
                .tag("كفرنبودة", PERS).link();
        assertThat(es).singleElement().extracting(Entity::type).isEqualTo(LOC);
    }

    @Test
    void aTitleIsOnlyTheOneApposedToTheName() {
        List<Entity> es = new LinkerTestSupport(
                "وقالت وزيرة الصحة ترافق رئيس الحكومة يوسف الشاهد في زيارته. وكان وزير البيئة في حكومة يوسف الشاهد حاضرا.")
                .tag("يوسف الشاهد", PERS).tag("يوسف الشاهد ", PERS).link();
        assertThat(named(es, "يوسف الشاهد").titles()).containsExactly("رئيس الحكومة");
    }

    @Test
    void commonWordsThatSpellAPlaceOnlyLinkAndABareDoumaIsTheTown() {
        List<Entity> es = new LinkerTestSupport(
                "لا نعرف كيف وصل الوفد إلى كييف. وقال إن هجوم دوما كان كيميائيا. حمّلوا تطبيق بي بي سي عربي.")
                .tag("كييف", LOC).tag("دوما", ORG).tag("بي بي سي عربي", PERS).link();
        assertThat(es).extracting(Entity::key).containsExactly("city:kyiv", "city:douma", "org:bbc");
        List<Entity> bein = new LinkerTestSupport("وحجبت السلطات شبكة \"بي إن سبورتس\" القطرية.").tag("بي", ORG).link();
        assertThat(bein).extracting(Entity::key).containsExactly("org:bein-sports");
        assertThat(ArticleEntityLinker.standard().catalog().find("الدوما").key()).isEqualTo("org:state-duma");
        assertThat(mentionTexts(named(es, "كييف"))).containsExactly("كييف");
        assertThat(named(es, "دوما").type()).isEqualTo(LOC);
    }

    @Test
    void aCityUsedForItsFootballClubIsTheClub() {
        List<Entity> es = new LinkerTestSupport(
                "انتقل لاعب برشلونة إلى روما الإيطالي، ثم لعب باريس سان جيرمان مع ريال مدريد. وسجل المهاجم هدفا في المباراة، وزار الفريق مدينة لندن.")
                .tag("برشلونة", LOC).tag("روما", LOC).tag("باريس", LOC).tag("مدريد", LOC).tag("لندن", LOC).link();
        assertThat(named(es, "برشلونة").type()).isEqualTo(ORG);
        assertThat(named(es, "برشلونة").key()).isEqualTo("org:club-barcelona");
        assertThat(named(es, "روما").type()).isEqualTo(ORG);
        assertThat(named(es, "لندن").type()).isEqualTo(LOC);
        assertThat(es).extracting(Entity::key).contains("org:paris-saint-germain", "org:real-madrid")
                .doesNotContain("city:paris", "city:madrid");
    }

    @Test
    void aCityNamedAsAPlaceStaysAPlaceBesideAClubCue() {
        List<Entity> es = new LinkerTestSupport(
                "وصل مدرب برشلونة إلى مدينة برشلونة الإسبانية قبل المباراة، وتجول في شوارع برشلونة مع اللاعب صاحب الهدف.")
                .tag("برشلونة", LOC).link();
        assertThat(named(es, "برشلونة").type()).isEqualTo(LOC);
    }

    @Test
    void aFootballReportsEuropeanUnionIsUefaUnlessPlayersComeFromOutsideIt() {
        List<Entity> es = new LinkerTestSupport("فرض الاتحاد الأوروبي لكرة القدم غرامة على النادي، وقال الاتحاد الأوروبي إن المباراة"
                + " المقبلة ستلعب دون جمهور بعد أن سجل اللاعب هدفين في الملعب.").link();
        assertThat(es).extracting(Entity::key).containsExactly("org:uefa");
        assertThat(es.get(0).mentions()).hasSize(2);
        // without UEFA's own name the article must name European football: دوري أبطال أوروبا
        assertThat(new LinkerTestSupport("عاقب الاتحاد الأوروبي المدرب بعد المباراة في دوري أبطال أوروبا، وسجل اللاعب هدفين في الملعب.")
                .link()).extracting(Entity::key).containsExactly("org:uefa");
        assertThat(new LinkerTestSupport("قال الرئيس إن الاتحاد الأوروبي منقسم، بعد أن سجل اللاعب هدفين في الملعب وتأهل المنتخب.")
                .link()).extracting(Entity::key).containsExactly("org:eu");
        List<Entity> eu = new LinkerTestSupport("تمنع اللوائح ضم أكثر من ثلاثة لاعبين من خارج الاتحاد الأوروبي في المباراة،"
                + " وقال المدرب إن الدوري صعب هذا الموسم.").link();
        assertThat(eu).extracting(Entity::key).containsExactly("org:eu");
        assertThat(new LinkerTestSupport("يغيب عن المباراة لاعبون من ثلاث دول من الاتحاد الأوروبي، وقال المدرب إن الدوري صعب هذا الموسم.")
                .link()).extracting(Entity::key).containsExactly("org:eu");
        assertThat(new LinkerTestSupport("قال الاتحاد الأوروبي إن العقوبات على روسيا ستمدد.").link())
                .extracting(Entity::key).containsExactly("org:eu", "country:ru");
    }

    @Test
    void offThePitchTheSameCueIsNoClub() {
        List<Entity> es = new LinkerTestSupport("قالت الشرطة إن مهاجم باريس بايع التنظيم، وإن فيلق القدس الإيراني لا صلة له.")
                .tag("باريس", LOC).tag("القدس", LOC).link();
        assertThat(named(es, "باريس").type()).isEqualTo(LOC);
        // the force is the catalog's (not a club named after a city): فيلق القدس
        assertThat(named(es, "فيلق القدس الإيراني").key()).isEqualTo("org:quds-force");
    }
    @Test
    void lamBeforeANameThatStartsWithLamIsNoArticle() {
        // لليفربول is ل + ليفربول (written on its own elsewhere), not لل + يفربول
        List<Entity> es = new LinkerTestSupport("وسجل اللاعب هدفين لليفربول أمس. وفاز ليفربول على منافسه.")
                .tag("لليفربول", ORG).tag("ليفربول", ORG).link();
        assertThat(es).extracting(Entity::name).containsExactly("ليفربول");
        // but ل + a common noun written on its own (لنادي) does not make لل + noun a name with ل
        List<Entity> club = new LinkerTestSupport("وقال رئيس للنادي الأهلي إن لنادي الزمالك حقوقا.")
                .tag("للنادي الأهلي", ORG).link();
        assertThat(club).extracting(Entity::name).containsExactly("النادي الأهلي");
    }
    @Test
    void aHashtagOnAWordOfANameKeepsTheNameWhole() {
        // Al Arabiya marks words of its running text: الرئيس الأميركي دونالد #ترمب
        List<Entity> es = new LinkerTestSupport("قال الرئيس الأميركي دونالد #ترمب إن #السعودية شريك.").link();
        Entity trump = es.stream().filter(e -> e.key().equals("pers:donald-trump")).findFirst().orElseThrow();
        assertThat(trump.name()).isEqualTo("دونالد ترمب");
        assertThat(mentionTexts(trump)).containsExactly("دونالد #ترمب");
        assertThat(es).extracting(Entity::name).contains("السعودية");
    }

    // ---------------------------------------------------------------- second entity spot check (quality5)

    @Test
    void theSameBareKindBeforeTwoQuotedNamesJoinsNeitherToTheOther() {
        List<Entity> es = new LinkerTestSupport(
                "يقود الوزير حزب \"الوفاق الأخضر\" منذ عام، بينما يتقدم حزب \"التقدم الحر\" في الاستطلاعات.")
                .tag("حزب", ORG).tag("الوفاق الأخضر", ORG).tag("التقدم الحر", ORG).link();
        assertThat(mentionTexts(named(es, "الوفاق الأخضر"))).doesNotContain("التقدم الحر");
        assertThat(mentionTexts(named(es, "التقدم الحر"))).doesNotContain("الوفاق الأخضر");
    }

    @Test
    void aCountryAdjectiveAfterAPlaceNamedByItsKindIsNoPartOfIt() {
        List<Entity> es = new LinkerTestSupport(
                "قصفت الطائرات منطقة الوادي الأخضر السورية، ونزح السكان من قرية تل سمعان الفلسطينية إلى مدينة كفر سالم السورية.")
                .tag("منطقة الوادي الأخضر السورية", LOC).tag("قرية تل سمعان الفلسطينية", LOC).tag("كفر سالم السورية", LOC).link();
        assertThat(es).extracting(Entity::name).containsExactly("منطقة الوادي الأخضر", "قرية تل سمعان", "مدينة كفر سالم");
        // a kind before a name with a preposition is not in construct with it, and a catalog name stays whole
        List<Entity> saudi = new LinkerTestSupport("افتتحت الشركة مراكز في 23 مدينة بالمملكة العربية السعودية.")
                .tag("بالمملكة العربية السعودية", LOC).link();
        assertThat(saudi).extracting(Entity::key).containsExactly("country:sa");
    }

    @Test
    void aNameOfSeveralWordsSpeltOneLongVowelApartIsOneEntity() {
        List<Entity> es = new LinkerTestSupport(
                "حضرت الممثلة جاكلين كينيدي الحفل. وقالت جاكلين كنيدي إنها سعيدة. وحضر أحمد سعيد وأحمد سعيدي أيضا.")
                .tag("جاكلين كينيدي", PERS).tag("جاكلين كنيدي", PERS).tag("أحمد سعيد ", PERS).tag("أحمد سعيدي", PERS).link();
        assertThat(mentionTexts(named(es, "جاكلين كينيدي"))).containsExactly("جاكلين كينيدي", "جاكلين كنيدي");
        // a long vowel at the end of a word makes another name
        assertThat(es).extracting(Entity::name).contains("أحمد سعيد", "أحمد سعيدي");
    }

    @Test
    void inAndAnWithAJoinedParticleOpenAClauseButVanIsAName() {
        List<Entity> es = new LinkerTestSupport(
                "وبحسب الصحيفة فإن غاريدو سيغيب عن المباراة، وأفاد التقرير بأن ماركيزين غادرت، ووقع فان دايك عقدا جديدا.")
                .tag("فإن غاريدو", PERS).tag("بأن ماركيزين", PERS).tag("فان دايك", PERS).link();
        assertThat(es).extracting(Entity::name).containsExactly("غاريدو", "ماركيزين", "فان دايك");
    }

    @Test
    void aTitleInTheAccusativeAfterANameIsNoPartOfIt() {
        List<Entity> es = new LinkerTestSupport("تقرر تعيين هادي منصور مديرا عاما للشركة، واختير كريم سالم سفيرا في روما.")
                .tag("هادي منصور مديرا", PERS).tag("كريم سالم سفيرا", PERS).link();
        assertThat(es).extracting(Entity::name).contains("هادي منصور", "كريم سالم");
    }

    @Test
    void aKindOfBusinessBeforeAMentionMakesTheEntityAnOrganization() {
        List<Entity> es = new LinkerTestSupport(
                "صممت شركة زيفارا محركا جديدا. وقالت زيفارا إن المحرك جاهز، وأكدت منظمة \"أوكسيليا\" ذلك. وتعمل أوكسيليا في أفريقيا.")
                .tag("زيفارا", PERS).tag("أوكسيليا", PERS).link();
        assertThat(named(es, "زيفارا").type()).isEqualTo(ORG);
        assertThat(named(es, "أوكسيليا").type()).isEqualTo(ORG);
        // a person a company is named after stays a person: he speaks in the masculine
        List<Entity> founder = new LinkerTestSupport("تأسست شركة واينبرغ عام 1990. وقال واينبرغ إن الشركة نمت.")
                .tag("واينبرغ", PERS).link();
        assertThat(named(founder, "واينبرغ").type()).isEqualTo(PERS);
        // a kind of body that is also a common noun counts only before a quoted name: حركة = his moves
        List<Entity> moves = new LinkerTestSupport("يصعب تقييد حركة غاريدو في الملعب. وسجل غاريدو هدفين.").tag("غاريدو", PERS).link();
        assertThat(named(moves, "غاريدو").type()).isEqualTo(PERS);
    }

    @Test
    void aLinkOnlyNameOfABodyAloneInQuotesIsThatBody() {
        List<Entity> es = new LinkerTestSupport("وقال الوزير في مقابلة مع \"العربية\" إن دروس اللغة العربية ستزيد.").link();
        assertThat(es).extracting(Entity::key).containsExactly("org:al-arabiya");
        assertThat(mentionTexts(es.get(0))).containsExactly("العربية");
        // a quoted name after a kind of facility is the facility's (سد "النهضة" is a dam)
        assertThat(new LinkerTestSupport("بدأت إثيوبيا ملء سد \"النهضة\" هذا العام.").link())
                .extracting(Entity::key).doesNotContain("org:ennahda");
    }

    @Test
    void theHouthiMilitiaAClubAndSpellingsOfTwoCitiesAreCatalogNames() {
        List<Entity> es = new LinkerTestSupport(
                "هاجمت ميليشيات الحوثي مواقع القوات، وسافر لاعبو أياكس أمستردام من جاكارتا إلى سان فرنسيسكو.").link();
        assertThat(es).extracting(Entity::key).containsExactly("org:houthis", "org:ajax", "city:jakarta", "city:san-francisco");
    }

    // ---------------------------------------------------------------- third entity spot check (quality8)

    @Test
    void aTitleApposedBeforeACommaIsTheNamesTitle() {
        List<Entity> es = new LinkerTestSupport(
                "وقال الأمين العام للمنظمة الدولية للهجرة، كارلوس فيراندو إن الوضع خطير. وأضافت وزيرة الصحة، سلمى داغر أن المستشفيات جاهزة.")
                .tag("كارلوس فيراندو", PERS).tag("سلمى داغر", PERS).link();
        assertThat(named(es, "كارلوس فيراندو").titles()).containsExactly("الأمين العام للمنظمة الدولية للهجرة");
        assertThat(named(es, "سلمى داغر").titles()).containsExactly("وزيرة الصحة");
        assertThat(named(es, "سلمى داغر").gender()).isEqualTo(Gender.FEMALE);
        // two commas, or a word between the comma and the name, and the apposition is gone
        List<Entity> none = new LinkerTestSupport("وصل وزير الخارجية، أمس، كارلوس فيراندو إلى المطار.")
                .tag("كارلوس فيراندو", PERS).link();
        assertThat(named(none, "كارلوس فيراندو").titles()).isEmpty();
    }

    @Test
    void aTitleStopsAtANegationOrAPrepositionOfOpposition() {
        List<Entity> es = new LinkerTestSupport(
                "لعب قائد الفريق ضد غاريدو في النهائي. وسيرحل اللاعبون عن الفريق في حال لم يغادر موراليس.")
                .tag("غاريدو", PERS).tag("موراليس", PERS).link();
        assertThat(named(es, "غاريدو").titles()).isEmpty();
        assertThat(named(es, "موراليس").titles()).isEmpty();
    }

    @Test
    void aNameQuotedAfterItsKindIsABodyAndSoIsTheSameNameQuotedAgain() {
        List<Entity> es = new LinkerTestSupport(
                "وكشفت صحيفة \"الصباحية\" الإسبانية أن المدرب سيرحل. وقالت \"الصباحية\" إن العقد انتهى، ونفت شركة \"زيفارو لاب\" ذلك.")
                .link();
        assertThat(es).extracting(Entity::name).containsExactly("الصباحية", "زيفارو لاب");
        assertThat(es).extracting(Entity::type).containsOnly(ORG);
        assertThat(mentionTexts(named(es, "الصباحية"))).containsExactly("الصباحية", "الصباحية");
        // a description in quotes, "organizing" and an app are no bodies
        assertThat(new LinkerTestSupport(
                "دعمت منظمة \"إرهابية\" الهجوم، وبدأ الناس بتنظيم \"مسيرات العودة\" ونزلوا تطبيق \"زيفارو لاب\".").link()).isEmpty();
    }

    @Test
    void theBareKindBeforeAQuotedNameJoinsNoOtherBodyToIt() {
        List<Entity> es = new LinkerTestSupport(
                "قال الأمين العام لحزب الاتحاد الوطني المسيحي إن الاتفاق جيد. واتهمت نائبة من حزب \"الزيتون\" الحكومة، بينما قال حزب آخر إنه يعارض.")
                .tag("حزب الاتحاد الوطني المسيحي", ORG).tag("حزب", ORG).link();
        assertThat(mentionTexts(named(es, "الزيتون"))).containsExactly("الزيتون");
        assertThat(mentionTexts(named(es, "حزب الاتحاد الوطني المسيحي"))).doesNotContain("الزيتون");
    }

    @Test
    void aPersonsNameHoldsNoNumberApartFromItAndAnAgeIsNoName() {
        List<Entity> es = new LinkerTestSupport(
                "وسجل كريم ناصري 27 نقطة، ورفعت أهداف سامي الـ36 رصيده. وقال اللاعب ابن الـ 23 عاما إنه سعيد، وتحدث مراسل فرانس24 للقناة.")
                .tag("كريم ناصري 27", PERS).tag("سامي الـ36", PERS).tag("ابن الـ 23", PERS).tag("فرانس24", PERS).link();
        assertThat(es).extracting(Entity::name).contains("كريم ناصري", "سامي").doesNotContain("ابن الـ 23", "ابن");
        // a number joined to a word is part of the name
        assertThat(es).extracting(Entity::key).contains("org:france24");
    }

    @Test
    void aCommonNounWithThePossessiveHaIsNoPlaceNorBody() {
        List<Entity> es = new LinkerTestSupport(
                "وفاز الفريق على خصمه في المباراة، وبقي الوزير في منصبه. ووصل الوفد إلى قفصه أمس.")
                .tag("خصمه", ORG).tag("منصبه", LOC).tag("قفصه", LOC).link();
        assertThat(es).extracting(Entity::name).containsExactly("قفصه");
    }

    @Test
    void theHouthiMilitiaWithTheAdjectiveIsTheHouthis() {
        List<Entity> es = new LinkerTestSupport("وقصفت الميليشيات الحوثية مواقع الجيش، ثم انسحبت المليشيا الحوثية.").link();
        assertThat(es).extracting(Entity::key).containsExactly("org:houthis");
        assertThat(es.get(0).mentions()).hasSize(2);
    }

    @Test
    void aGuestOfAProgrammeIsNoPartOfTheName() {
        List<Entity> es = new LinkerTestSupport(
                "قال كمال الورتاني ضيف برنامج \"الساعة\" إن الحكومة مترددة. وأضاف الورتاني أن الأزمة ستطول.")
                .tag("كمال الورتاني ضيف", PERS).tag("الورتاني", PERS).link();
        assertThat(mentionTexts(named(es, "كمال الورتاني"))).containsExactly("كمال الورتاني", "الورتاني");
        // a surname ضيف before anything else than a programme stays
        List<Entity> deif = new LinkerTestSupport("قاد محمد ضيف الجناح العسكري.").tag("محمد ضيف", PERS).link();
        assertThat(deif).extracting(Entity::name).containsExactly("محمد ضيف");
    }

    @Test
    void twoCatalogPlacesSideBySideInOneTaggedPlaceAreTwoPlaces() {
        List<Entity> es = new LinkerTestSupport("وتعتبر إسرائيل القدس عاصمة لها، وتتهم الولايات المتحدة الصين بسرقة التقنيات.")
                .tag("إسرائيل القدس", LOC).tag("الولايات المتحدة الصين", LOC).link();
        assertThat(es).extracting(Entity::key).containsExactly("country:il", "city:jerusalem", "country:us", "country:cn");
        // a name the catalog knows whole, or a place and its country adjective, stays one
        assertThat(new LinkerTestSupport("وصل الوفد إلى كوريا الشمالية أمس.").tag("كوريا الشمالية", LOC).link())
                .extracting(Entity::key).containsExactly("country:kp");
    }

    @Test
    void aCatalogPlaceMisspeltOneLongVowelApartIsThatPlace() {
        List<Entity> es = new LinkerTestSupport("زار الوزير كازاخستان أمس، وتعد كازخستان أكبر دول المنطقة.")
                .tag("كازخستان", LOC).link();
        assertThat(es).extracting(Entity::key).containsExactly("country:kz");
        assertThat(es.get(0).name()).isEqualTo("كازاخستان");
        assertThat(mentionTexts(es.get(0))).containsExactly("كازاخستان", "كازخستان");
        // a vowel at the end makes another place, the ي of an accusative adjective no place
        List<Entity> other = new LinkerTestSupport("وصل إلى المكسيك ثم إلى مكسيكو، وضم الفريق لاعبا سويسريا من سويسرا.")
                .tag("مكسيكو", LOC).tag("سويسريا", LOC).link();
        assertThat(mentionTexts(named(other, "المكسيك"))).containsExactly("المكسيك");
        assertThat(mentionTexts(named(other, "سويسرا"))).containsExactly("سويسرا");
    }

    // ---------------------------------------------------------------- bare armed groups (quality10)

    @Test
    void theNusraFrontIsNamedBareWithTheArticle() {
        List<Entity> es = new LinkerTestSupport("وانسحب مقاتلو النصرة من البلدة، وقدم الممول المال للنصرة طوال عامين.").link();
        assertThat(es).extracting(Entity::key).containsExactly("org:nusra-front");
        assertThat(mentionTexts(es.get(0))).containsExactly("النصرة", "نصرة");
        // without the article it is "support"
        assertThat(new LinkerTestSupport("ودعا الخطيب إلى نصرة المظلومين.").link()).isEmpty();
    }

    @Test
    void aLinkOnlyBodyIsNamedAfterItsMembersOrBesideAnotherBody() {
        List<Entity> es = new LinkerTestSupport(
                "وطارد الجيش عناصر القاعدة في الوادي. وتقاتل القوات داعش والقاعدة منذ سنوات، وتتهم كتيبة تابعة للقاعدة.")
                .link();
        assertThat(mentionTexts(es.stream().filter(e -> e.key().equals("org:al-qaeda")).findFirst().orElseThrow()))
                .containsExactly("القاعدة", "القاعدة");
        // the base and the rule stay common words, and so does a verb beside a body
        List<Entity> base = new LinkerTestSupport(
                "وهبطت الطائرة في القاعدة الجوية، ورفع عناصر القاعدة العسكرية العلم. وقد خالف الحكم القاعدة.").link();
        assertThat(base).extracting(Entity::key).doesNotContain("org:al-qaeda");
        List<Entity> verb = new LinkerTestSupport("ولاحق مكتب التحقيقات الاتحادي وفتح تلك الحسابات.").link();
        assertThat(verb).extracting(Entity::key).doesNotContain("org:fatah");
        assertThat(new LinkerTestSupport("حضر الاجتماع ممثلو حماس وفتح الفلسطينيتين.").link())
                .extracting(Entity::key).contains("org:fatah");
    }

    @Test
    void aClubNamedWithItsKindIsOneEntityWithTheCityItStandsFor() {
        List<Entity> es = new LinkerTestSupport(
                "أعلن نادي برشلونة تعاقده مع المدافع. وكان لاعب برشلونة قد سجل هدفا في المباراة، وقال مدرب الفريق إن الدوري طويل.")
                .tag("نادي برشلونة", ORG).tag("برشلونة", LOC).link();
        Entity club = es.stream().filter(e -> e.key().equals("org:club-barcelona")).findFirst().orElseThrow();
        assertThat(club.name()).isEqualTo("نادي برشلونة");
        assertThat(mentionTexts(club)).containsExactly("نادي برشلونة", "برشلونة");
        assertThat(es).extracting(Entity::key).doesNotContain("org:نادي_برشلونه", "city:barcelona");
        // a name the catalog does not know joins its club whatever the tagger typed it
        List<Entity> grem = new LinkerTestSupport("وقع المهاجم لنادي غريميو، وفاز مع غريميو بالكأس.")
                .tag("نادي غريميو", ORG).tag("غريميو", PERS).link();
        assertThat(grem).hasSize(1);
        assertThat(grem.get(0).type()).isEqualTo(ORG);
        // off the pitch a city stays apart from a club named after it
        List<Entity> city = new LinkerTestSupport("زار الوزير نادي برشلونة للفنون، ثم تجول في برشلونة.")
                .tag("نادي برشلونة", ORG).tag("برشلونة", LOC).link();
        assertThat(city).extracting(Entity::key).contains("city:barcelona");
    }
}
