package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.text.TextAnalyzer;

/** Sanity of the model in the jar: it loads, tags plain news sentences and gives exact offsets. */
class ShippedModelTest {
    @Test
    void tagsAPlainNewsSentence() {
        Article a = Article.of("t", "الرئيس الأمريكي يزور باريس",
                "وقال الرئيس الأمريكي جورج بوش في واشنطن إن الولايات المتحدة ستواصل دعم الحكومة العراقية .",
                LocalDate.of(2007, 1, 1));
        List<EntityMention> ms = StatisticalEntityRecognizer.shipped().recognize(new TextAnalyzer().analyze(a));
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("جورج بوش");
            assertThat(m.type()).isEqualTo(EntityType.PERS);
        });
        assertThat(ms).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("واشنطن");
            assertThat(m.type()).isEqualTo(EntityType.LOC);
        });
        for (EntityMention m : ms) {
            String field = a.field(m.span().field());
            assertThat(field.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
            assertThat(m.text()).isEqualTo(m.text().strip());
        }
    }

    @Test
    void loadsWithItsManifest() throws Exception {
        try (var in = NerTagger.class.getResourceAsStream(NerModelCodec.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(NerModelCodec.readManifest(in, "shipped")).containsKey("rebuild").containsEntry("passes", "2");
        }
        assertThat(NerTagger.shipped().features().lexicon().words()).isGreaterThan(10_000);
    }

    @Test
    void writesBackTheBytesItWasReadFrom() throws Exception {
        byte[] data;
        try (var in = new BufferedInputStream(NerTagger.class.getResourceAsStream(NerModelCodec.RESOURCE))) {
            NerModelCodec.readManifest(in, "shipped");
            data = new GZIPInputStream(in).readAllBytes();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        NerModelCodec.writeBody(NerTagger.shipped(), out);
        out.flush();
        // the weights' order in the file does not depend on how they are laid out in memory
        assertThat(bytes.toByteArray()).isEqualTo(data);
    }
}
