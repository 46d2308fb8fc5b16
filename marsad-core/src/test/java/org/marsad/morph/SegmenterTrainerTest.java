package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmenterTrainerTest {
    private static GoldSentence.Token tok(String... words) {
        return new GoldSentence.Token(String.join("", words), List.of(words), List.of(words), false);
    }

    @Test
    void goldAnalysisCountsCliticLetters() {
        assertThat(SegmenterTrainer.goldAnalysis(tok("و", "ب", "الولايات"))).containsExactly(2, 0);
        assertThat(SegmenterTrainer.goldAnalysis(tok("بلاد", "ه"))).containsExactly(0, 1);
        assertThat(SegmenterTrainer.goldAnalysis(tok("و", "ل", "ها"))).containsExactly(1, 2);
        assertThat(SegmenterTrainer.goldAnalysis(tok("وزير"))).containsExactly(0, 0);
        assertThat(SegmenterTrainer.goldAnalysis(tok("أ", "لم"))).isNull();
        // و + هم read as a host و with a pronoun is the same cut as the conjunction before the word هم
        assertThat(SegmenterTrainer.goldAnalysis(tok("و", "هم"))).containsExactly(1, 0);
    }

    @Test
    void learnsFromTreebankAndCountsAndRoundTrips() throws Exception {
        // a tiny world: و splits off words seen alone, never off وزير or ولد-like stems seen whole
        String[] stems = {"قال", "كتب", "ذهب", "رأى", "عاد", "جاء", "سمع", "فتح"};
        List<GoldSentence> gold = new ArrayList<>();
        Map<String, int[]> counts = new HashMap<>();
        for (String s : stems) {
            gold.add(new GoldSentence("s" + s, "و" + s, List.of(tok("و", s))));
            counts.put(s, new int[] {50});
            counts.put("و" + s, new int[] {5});
        }
        for (String w : new String[] {"وزير", "وطن", "وجد", "وصل"}) {
            gold.add(new GoldSentence("w" + w, w, List.of(tok(w))));
            counts.put(w, new int[] {80});
        }
        StringWriter log = new StringWriter();
        SegmenterTrainer trainer = new SegmenterTrainer(new SegmenterTrainer.Settings(1, 8, 3, 1, false, true), new PrintWriter(log));
        SegmenterModel model = trainer.train(gold, counts, "test");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        SegmenterModel back = SegmenterModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.provenance()).isEqualTo("test");
        assertThat(back.weights).containsExactly(model.weights);
        Segmenter seg = new Segmenter(back);
        assertThat(seg.segment("وكتب").toString()).isEqualTo("و+كتب");
        assertThat(seg.segment("وزير").toString()).isEqualTo("وزير");
        assertThat(log.toString()).contains("ranking:");
    }
}
