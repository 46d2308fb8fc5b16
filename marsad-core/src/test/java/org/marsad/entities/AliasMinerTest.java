package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.model.EntityType.PERS;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;

class AliasMinerTest {
    private final AliasCatalog curated = AliasCatalog.curatedBuilder().build();
    private final ArticleEntityLinker linker = new ArticleEntityLinker(curated);

    private List<Entity> article(String text, String... tags) {
        LinkerTestSupport t = new LinkerTestSupport(text);
        for (String tag : tags) {
            t.tag(tag, PERS);
        }
        return t.link(linker);
    }

    @Test
    void aSurnameTiedToOneFullNameBecomesItsAliasAndGivesItsKey() throws Exception {
        AliasMiner miner = new AliasMiner(curated);
        for (int i = 0; i < 3; i++) {
            miner.add(article("قال أليكسيس تسيبراس إن الاتفاق جيد. وأضاف تسيبراس أنه متفائل.", "أليكسيس تسيبراس", "تسيبراس"));
        }
        miner.add(article("قال يانيس تسيبراس كلاما آخر. وأضاف تسيبراس.", "يانيس تسيبراس", "تسيبراس"));
        miner.add(article("تحدث كريم بدوي مرة واحدة. وقال بدوي.", "كريم بدوي", "بدوي"));
        List<AliasMiner.Alias> aliases = miner.aliases(3, 0.7);
        assertThat(aliases).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("pers:اليكسيس_تسيبراس");
            assertThat(a.names()).containsExactly("تسيبراس");
            assertThat(a.support()).isEqualTo(3);
        });
        assertThat(miner.aliases(3, 0.8)).isEmpty();

        // written as a catalog, read back, an article with the bare surname gets the full name's key
        StringWriter w = new StringWriter();
        AliasMiner.write(aliases, "test", "unit test", w);
        AliasCatalog withLearned = AliasCatalog.curatedBuilder().read(new StringReader(w.toString()), "learned.tsv").build();
        List<Entity> es = new LinkerTestSupport("وقال تسيبراس إن الأزمة انتهت.").tag("تسيبراس", PERS).link(new ArticleEntityLinker(withLearned));
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("pers:اليكسيس_تسيبراس");
            assertThat(e.name()).isEqualTo("تسيبراس");
        });
        // but an article that names another Tsipras in full keeps its own
        List<Entity> other = new LinkerTestSupport("قال يانيس تسيبراس شيئا. وأضاف تسيبراس.").tag("يانيس تسيبراس", PERS).tag("تسيبراس", PERS)
                .link(new ArticleEntityLinker(withLearned));
        assertThat(other).singleElement().satisfies(e -> assertThat(e.key()).isEqualTo("pers:يانيس_تسيبراس"));
    }

    @Test
    void spellingsALongVowelApartJoinTheMoreFrequent() {
        AliasMiner miner = new AliasMiner(curated);
        for (int i = 0; i < 4; i++) {
            miner.add(article("قال جاستن ترودو كلاما.", "جاستن ترودو"));
        }
        for (int i = 0; i < 3; i++) {
            miner.add(article("قال جاستن ترودوو كلاما.", "جاستن ترودوو"));
        }
        assertThat(miner.aliases(3, 0.8)).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("pers:جاستن_ترودو");
            assertThat(a.names()).containsExactly("جاستن ترودوو");
        });
    }
}
