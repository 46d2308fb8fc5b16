package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConlluSegmentationsTest {
    @TempDir
    Path dir;

    private static String row(int id, String form, String upos, String xpos, String feats) {
        return id + "\t" + form + "\t" + form + "\t" + upos + "\t" + xpos + "\t" + feats + "\t0\tdep\t_\t_\n";
    }

    @Test
    void rebuildsPadtTokensFromCliticWords() throws Exception {
        String padt = "# sent_id s-1\n"
                + row(1, "وَ", "CONJ", "C---------", "_")
                + row(2, "لِ", "ADP", "P---------", "AdpType=Prep")
                + row(3, "اَلسُّلطَةِ", "NOUN", "N------S2D", "Case=Gen")
                + row(4, "رَئِيسَةُ", "NOUN", "N------S1R", "Case=Nom")
                + row(5, "هَا", "PRON", "SP---3FS2-", "Case=Gen|PronType=Prs")
                + row(6, "هُم", "PRON", "SP---3MP1-", "Case=Nom|PronType=Prs")
                + row(7, "قَتَلُوا", "VERB", "VP-A-3MP--", "Aspect=Perf")
                + row(8, "هُ", "PRON", "SP---3MS4-", "Case=Acc|PronType=Prs")
                + row(9, "لِ", "ADP", "P---------", "AdpType=Prep")
                + row(10, "اِستِخدَامِ", "NOUN", "N------S2R", "Case=Gen")
                + row(11, "ومحمد", "X", "U---------", "_")
                + row(12, ".", "PUNCT", "G---------", "_")
                + "\n";
        Path f = dir.resolve("padt.conllu");
        Files.writeString(f, padt, StandardCharsets.UTF_8);
        List<GoldSentence> s = ConlluSegmentations.read(f);
        assertThat(s).hasSize(1);
        GoldSentence g = s.get(0);
        assertThat(g.text()).isEqualTo("وللسلطة رئيستها هم قتلوه لاستخدام ومحمد .");
        assertThat(g.tokens().get(0).words()).containsExactly("و", "ل", "لسلطة");
        assertThat(g.tokens().get(0).lemmas()).containsExactly("و", "ل", "السلطة");
        assertThat(g.tokens().get(1).words()).containsExactly("رئيست", "ها");
        assertThat(g.tokens().get(2).words()).containsExactly("هم");
        assertThat(g.tokens().get(3).words()).containsExactly("قتلو", "ه");
        assertThat(g.tokens().get(4).words()).containsExactly("ل", "استخدام");
        assertThat(g.tokens().get(5).unanalysed()).isTrue();
        assertThat(g.withoutUnanalysed().text()).isEqualTo("وللسلطة رئيستها هم قتلوه لاستخدام .");
        assertThat(g.wordCount()).isEqualTo(12);
    }

    private static String rel(int id, String form, String xpos, String deprel) {
        return id + "\t" + form + "\t" + form + "\tX\t" + xpos + "\t_\t0\t" + deprel + "\t_\t_\n";
    }

    @Test
    void repairsRepeatedUnanalysedFormsIntoOneSplitToken() throws Exception {
        String padt = "# sent_id s-2\n"
                + rel(1, "والكرامة", "U---------", "cc")
                + rel(2, "والكرامة", "U---------", "conj")
                + rel(3, "وتمكينها", "U---------", "cc")
                + rel(4, "وتمكينها", "U---------", "conj")
                + rel(5, "وتمكينها", "U---------", "nmod")
                + rel(6, "رواتبهم", "U---------", "nsubj")
                + rel(7, "رواتبهم", "U---------", "nmod")
                // a name said twice with no clitic analysis that fits: left as it is
                + rel(8, "حسين", "U---------", "nmod")
                + rel(9, "حسين", "U---------", "flat")
                // the leading relation says there is no proclitic, but the only 2-word analysis has one
                + rel(10, "بطرس", "U---------", "nmod")
                + rel(11, "بطرس", "U---------", "flat")
                // a preposition hosting a pronoun: its first node is attached as case, yet it is no proclitic
                + rel(12, "علينا", "U---------", "case")
                + rel(13, "علينا", "U---------", "nmod")
                + "\n";
        Path f = dir.resolve("repeated.conllu");
        Files.writeString(f, padt, StandardCharsets.UTF_8);
        GoldSentence asIs = ConlluSegmentations.read(f).get(0);
        assertThat(asIs.tokens()).hasSize(13);
        GoldSentence g = ConlluSegmentations.read(f, true).get(0);
        assertThat(g.text()).isEqualTo("والكرامة وتمكينها رواتبهم حسين حسين بطرس بطرس علينا");
        assertThat(g.tokens().get(0).words()).containsExactly("و", "الكرامة");
        assertThat(g.tokens().get(1).words()).containsExactly("و", "تمكين", "ها");
        assertThat(g.tokens().get(2).words()).containsExactly("رواتب", "هم");
        assertThat(g.tokens().subList(0, 3)).noneMatch(GoldSentence.Token::unanalysed);
        assertThat(g.tokens().subList(3, 7)).allMatch(GoldSentence.Token::unanalysed);
        assertThat(g.tokens().get(7).words()).containsExactly("علي", "نا");
        assertThat(g.wordCount()).isEqualTo(13);
    }

    @Test
    void readsCurrentUdStyleAsItIs() throws Exception {
        String ud = "# sent_id = 1\n# text = وبالولايات كبيرة\n"
                + "1-3\tوبالولايات\t_\t_\t_\t_\t_\t_\t_\t_\n"
                + "1\tو\tو\tCCONJ\t_\t_\t0\troot\t_\t_\n"
                + "2\tب\tب\tADP\t_\t_\t3\tcase\t_\t_\n"
                + "3\tالولايات\tولاية\tNOUN\t_\t_\t1\tconj\t_\t_\n"
                + "4\tكبيرة\tكبير\tADJ\t_\t_\t3\tamod\t_\t_\n\n";
        Path f = dir.resolve("ud.conllu");
        Files.writeString(f, ud, StandardCharsets.UTF_8);
        GoldSentence g = ConlluSegmentations.read(f).get(0);
        assertThat(g.id()).isEqualTo("1");
        assertThat(g.text()).isEqualTo("وبالولايات كبيرة");
        assertThat(g.tokens()).hasSize(2);
        assertThat(g.tokens().get(0).surface()).isEqualTo("وبالولايات");
        assertThat(g.tokens().get(0).words()).containsExactly("و", "ب", "الولايات");
        assertThat(g.tokens().get(1).words()).containsExactly("كبيرة");
    }

    @Test
    void reportsTheLineOfABrokenRow() throws Exception {
        Path f = dir.resolve("bad.conllu");
        Files.writeString(f, "# text = x\n1\tx\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConlluSegmentations.read(f))
                .hasMessageContaining("bad.conllu:2");
    }
}
