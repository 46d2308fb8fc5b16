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
    void aBodyOfTwoParties() {
        assertThat(orgs("وأعقب ذلك اجتماع لمجلس روسيا – ناتو في بروكسل.")).contains("مجلس روسيا – ناتو");
    }

    @Test
    void aMinistersTitleIsNoMinistryAndPlainWordsAreNoOrganization() {
        assertThat(orgs("وقال وزير الخارجية الأمريكي إن الحكومة قررت والوزارة وافقت.")).isEmpty();
    }
}
