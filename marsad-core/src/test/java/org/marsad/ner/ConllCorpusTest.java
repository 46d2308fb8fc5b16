package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

class ConllCorpusTest {
    @Test
    void readsSpaceOrTabAndNormalizesIob1() throws IOException {
        String in = "\uFEFFجورج I-PERS\nبوش\tI-PERS\nفي O\n\nجنيف I-LOC\n";
        List<ConllCorpus.Sentence> s = ConllCorpus.readSentences(new StringReader(in), "x", true);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).containsExactly("جورج", "بوش", "في");
        assertThat(s.get(0).tags()).containsExactly(NerTags.begin(EntityType.PERS), NerTags.inside(EntityType.PERS), 0);
        assertThat(s.get(1).tags()).containsExactly(NerTags.begin(EntityType.LOC));
        assertThat(s.get(1).line()).isEqualTo(5);
    }

    @Test
    void namesTheLineOfABadTag() {
        assertThatThrownBy(() -> ConllCorpus.readSentences(new StringReader("a O\nb B-FOO\n"), "gold.txt", true))
                .hasMessageContaining("gold.txt:2");
    }

    @Test
    void untaggedTokensAreKeptWhole() throws IOException {
        String in = "الصالحية ونايفة\n(د\nO\n";
        List<ConllCorpus.Sentence> s = ConllCorpus.readSentences(new StringReader(in), "x", false);
        assertThat(s.get(0).tokens()).containsExactly("الصالحية ونايفة", "(د", "O");
    }

    @Test
    void groupsDocumentsByMarksOrBySize() throws IOException {
        String marked = "-DOCSTART- O\n\na O\n\nb O\n\n-DOCSTART- O\n\nc O\n";
        assertThat(ConllCorpus.read(new StringReader(marked), "m", 1)).extracting(LabeledDocument::sentences)
                .containsExactly(2, 1);
        String plain = "a O\n\nb O\n\nc O\n";
        assertThat(ConllCorpus.read(new StringReader(plain), "p", 2)).extracting(LabeledDocument::sentences)
                .containsExactly(2, 1);
    }

    @Test
    void writesTokenTabTag() {
        StringWriter w = new StringWriter();
        ConllCorpus.write(w, new String[] {"CNN", "قالت"}, new int[] {NerTags.begin(EntityType.ORG), 0});
        assertThat(w.toString()).isEqualTo("CNN\tB-ORG\nقالت\tO\n\n");
    }
}
