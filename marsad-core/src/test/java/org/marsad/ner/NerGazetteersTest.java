package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.entities.AliasCatalog;
import org.marsad.model.EntityType;

class NerGazetteersTest {
    @TempDir
    Path dir;

    private static int typesOf(NerLexicon lex, String... words) {
        int h = 0;
        for (int i = 0; i < words.length; i++) {
            int t = NerLexicon.tokenHash(WordForms.normalize(words[i]));
            h = i == 0 ? t : NerLexicon.extendPhrase(h, t);
        }
        return lex.phraseTypes(h) & NerLexicon.TYPE_BITS;
    }

    @Test
    void fileGivesEachPhraseItsType() throws IOException {
        Path f = dir.resolve("g.tsv");
        Files.writeString(f, "# comment\nORG\tحزب الليكود\n\nMISC\tيونيفيل\nPERSON\tبان كي مون\n");
        NerLexicon.Builder b = new NerLexicon.Builder();
        assertThat(NerGazetteers.addFile(f, b)).isEqualTo(3);
        NerLexicon lex = b.build();
        assertThat(typesOf(lex, "حزب", "الليكود")).isEqualTo(1 << EntityType.ORG.ordinal());
        assertThat(typesOf(lex, "يونيفيل")).isEqualTo(1 << EntityType.MISC.ordinal());
        assertThat(typesOf(lex, "بان", "كي", "مون")).isEqualTo(1 << EntityType.PERS.ordinal());
        assertThat(typesOf(lex, "حزب")).isZero();
        assertThat(lex.phraseTypes(NerLexicon.tokenHash(WordForms.normalize("حزب"))) & NerLexicon.PREFIX).isNotZero();
    }

    @Test
    void badLineIsNamedByFileAndLine() throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "ORG\tحماس\nTHING\tشيء\n");
        assertThatThrownBy(() -> NerGazetteers.addFile(f, new NerLexicon.Builder()))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.tsv:2");
        Files.writeString(f, "ORG حماس\n");
        assertThatThrownBy(() -> NerGazetteers.addFile(f, new NerLexicon.Builder()))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.tsv:1");
    }

    @Test
    void catalogNamesKeepTheirTypeLatinOnesToo() {
        NerLexicon.Builder b = new NerLexicon.Builder();
        AliasCatalog catalog = AliasCatalog.builder()
                .read(new java.io.StringReader("org:nato\tORG\tNATO\tحلف شمال الأطلسي|الناتو|NATO\n"), "test").build();
        assertThat(NerGazetteers.addCatalog(catalog, b)).isEqualTo(3);
        NerLexicon lex = b.build();
        int org = 1 << EntityType.ORG.ordinal();
        assertThat(typesOf(lex, "NATO")).isEqualTo(org);
        assertThat(typesOf(lex, "الناتو")).isEqualTo(org);
        assertThat(typesOf(lex, "حلف", "شمال", "الأطلسي")).isEqualTo(org);
        assertThat(List.of(typesOf(lex, "حلف"))).containsExactly(0);
    }
}
