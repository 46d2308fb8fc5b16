package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.TextSpan;
import org.marsad.text.TextAnalyzer;

/** Whatever the text and the tagger's spans, every entity mention is the exact slice of the article it points to. */
class MentionSpanPropertyTest {
    private static final String[] WORDS = {"قال", "ديمتري", "بيسكوف", "وبيسكوف", "لروسيا", "روسيا", "للمنظمة", "الدولية",
        "حلف", "شمال", "الأطلسي", "“ناتو”", "الناتو", "CNN", "سي", "إن", "واشنطن", "وموسكو", "الرئيسة", "رئيسة",
        "مجلس", "الاتحاد", "فالنتينا", "ماتفينكو", "،", ".", "\n", "أَلْمَآتا", "ـــ", "(", ")", "الروسية", "عبد", "الفتاح"};

    record Case(String text, List<int[]> spans) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> text = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(40).map(ws -> String.join(" ", ws));
        return text.flatMap(t -> {
            Arbitrary<int[]> span = Combinators.combine(Arbitraries.integers().between(0, t.length()),
                    Arbitraries.integers().between(0, 30)).as((s, len) -> new int[] {s, Math.min(t.length(), s + len)});
            return span.list().ofMaxSize(8).map(l -> new Case(t, l));
        });
    }

    @Property(tries = 300)
    void everyMentionIsTheSliceItPointsTo(@ForAll("cases") Case c) {
        Article a = Article.of("p", "بيسكوف: روسيا", c.text(), LocalDate.of(2022, 1, 1));
        List<EntityMention> ms = new ArrayList<>();
        EntityType[] types = EntityType.values();
        int k = 0;
        for (int[] s : c.spans()) {
            ms.add(new EntityMention(TextSpan.of(a, Field.TEXT, s[0], s[1]), types[k++ % types.length]));
        }
        List<Entity> es = ArticleEntityLinker.standard().link(new TextAnalyzer().analyze(a), ms);
        for (Entity e : es) {
            assertThat(e.type()).isNotEqualTo(EntityType.MISC);
            assertThat(e.mentions()).isNotEmpty();
            for (TextSpan m : e.mentions()) {
                assertThat(a.field(m.field()).substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.text()).isNotBlank();
            }
        }
    }
}
