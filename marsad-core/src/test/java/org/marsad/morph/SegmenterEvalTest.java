package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Words F1 on the held-out UD Arabic-PADT v1.3 test file (never trained on). */
@Tag("eval")
class SegmenterEvalTest {
    private static Path test() {
        String shared = System.getProperty("marsad.shared");
        assumeTrue(shared != null, "marsad.shared not set");
        Path p = Path.of(shared, "data", "ud", "padt-v1.3", "ar-ud-test.conllu");
        assumeTrue(Files.isRegularFile(p), "no PADT test file at " + p);
        return p;
    }

    @Test
    void padtTestWordsF1() throws Exception {
        List<GoldSentence> gold = ConlluSegmentations.read(test());
        SegmentationScore all = SegmentationEval.run(Segmenter.standard(), gold).score();
        SegmentationScore analysed = SegmentationEval.run(Segmenter.standard(), SegmentationEval.analysedOnly(gold)).score();
        // measured 0.9621 and 0.9950 (docs/morphology.md); floors a little below
        assertThat(all.f1()).isGreaterThan(0.958);
        assertThat(analysed.f1()).isGreaterThan(0.993);
        assertThat(all.changedSentences()).isZero();
    }

    @Test
    void padtTestWordsF1WithRepeatedFormsRepaired() throws Exception {
        List<GoldSentence> gold = ConlluSegmentations.read(test(), true);
        SegmentationScore all = SegmentationEval.run(Segmenter.standard(), gold).score();
        SegmentationScore analysed = SegmentationEval.run(Segmenter.standard(), SegmentationEval.analysedOnly(gold)).score();
        // measured 0.9906 and 0.9941 (docs/morphology.md); floors a little below
        assertThat(all.f1()).isGreaterThan(0.986);
        assertThat(analysed.f1()).isGreaterThan(0.992);
        assertThat(all.changedSentences()).isZero();
    }
}
