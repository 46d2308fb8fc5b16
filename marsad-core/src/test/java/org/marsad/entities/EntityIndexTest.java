package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.model.EntityType.PERS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;

class EntityIndexTest {
    private final LinkerTestSupport doc = new LinkerTestSupport(
            "قال المتحدث باسم الرئاسة الروسية ديمتري بيسكوف إن هناك تفاهما مع واشنطن.\nوأضاف ممثل الكرملين أن الجانبين مختلفان.")
            .tag("ديمتري بيسكوف", PERS);
    private final List<Entity> entities = doc.link();
    private final EntityIndex index = new EntityIndex(doc.article(), entities);

    private TextSpan span(String s) {
        int at = doc.article().text().indexOf(s);
        return TextSpan.of(doc.article(), Field.TEXT, at, at + s.length());
    }

    @Test
    void byNameFindsMentionsWithCliticsAndTitles() {
        Entity peskov = LinkerTestSupport.named(entities, "ديمتري بيسكوف");
        assertThat(index.byName("بيسكوف")).contains(peskov);
        assertThat(index.byName("وبيسكوف")).contains(peskov);
        assertThat(index.byName("ممثل الكرملين")).contains(peskov);
        assertThat(index.byName("لواشنطن").map(Entity::key)).contains("city:washington");
        assertThat(index.byName("لافروف")).isEmpty();
    }

    @Test
    void atResolvesMentionsAndRolesUsedAsNames() {
        Entity peskov = LinkerTestSupport.named(entities, "ديمتري بيسكوف");
        assertThat(index.at(span("بيسكوف"))).contains(peskov);
        assertThat(index.at(span("ممثل الكرملين"))).contains(peskov);
        assertThat(index.at(span("الجانبين"))).isEmpty();
        assertThat(index.references()).anyMatch(r -> r.role() && r.span().text().equals("ممثل الكرملين"));
    }

    @Test
    void lastBeforeFindsTheNearestPersonForASubjectlessCue() {
        int cue = doc.article().text().indexOf("وأضاف");
        assertThat(index.lastBefore(Field.TEXT, cue, PERS).map(Entity::name)).contains("ديمتري بيسكوف");
    }
}
