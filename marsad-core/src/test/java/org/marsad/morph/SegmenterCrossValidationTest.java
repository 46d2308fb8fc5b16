package org.marsad.morph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmenterCrossValidationTest {
    private static GoldSentence.Token tok(boolean unanalysed, String... words) {
        return new GoldSentence.Token(String.join("", words), List.of(words), List.of(words), unanalysed);
    }

    @Test
    void scoresEverySentenceOnceWithAModelThatDidNotSeeIt() {
        String[] stems = {"قال", "كتب", "ذهب", "رأى", "عاد", "جاء", "سمع", "فتح", "درس", "شرب"};
        List<GoldSentence> gold = new ArrayList<>();
        Map<String, int[]> counts = new HashMap<>();
        for (String s : stems) {
            gold.add(new GoldSentence("s" + s, "و" + s + " وزير", List.of(tok(false, "و", s), tok(false, "وزير"))));
            counts.put(s, new int[] {50});
            counts.put("و" + s, new int[] {5});
        }
        counts.put("وزير", new int[] {90});
        // a name the treebank's analyser left whole; the other folds never saw it
        gold.add(new GoldSentence("u", "وفياض", List.of(tok(true, "وفياض"))));
        StringWriter log = new StringWriter();
        SegmenterTrainer trainer = new SegmenterTrainer(new SegmenterTrainer.Settings(1, 8, 3, 1, true, true),
                new PrintWriter(log));
        SegmenterCrossValidation.Result r = SegmenterCrossValidation.run(trainer, gold, counts, 4, "test");
        assertThat(r.all().goldWords()).isEqualTo(31);
        assertThat(r.all().sentences()).isEqualTo(11);
        assertThat(r.analysed().goldWords()).isEqualTo(30);
        assertThat(r.gold()).hasSize(11);
        assertThat(r.systemWords().get(0)).containsExactly("و", "قال", "وزير");
        List<String> errors = SegmentationErrors.list(r.gold(), r.systemWords());
        assertThat(errors).allMatch(e -> e.startsWith("A\t") || e.startsWith("U\t"));
        assertThat(r.all().matchedWords()).isLessThanOrEqualTo(r.all().systemWords());
    }

    @Test
    void rejectsImpossibleFoldCounts() {
        SegmenterTrainer trainer = new SegmenterTrainer(SegmenterTrainer.Settings.defaults(),
                new PrintWriter(new StringWriter()));
        List<GoldSentence> one = List.of(new GoldSentence("1", "قال", List.of(tok(false, "قال"))));
        assertThatThrownBy(() -> SegmenterCrossValidation.run(trainer, one, Map.of(), 2, "t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorListLinesUpSystemWordsWithGoldTokens() {
        GoldSentence g = new GoldSentence("1", "بلاده وقطر", List.of(tok(false, "بلاد", "ه"), tok(true, "وقطر")));
        List<String> errors = SegmentationErrors.list(List.of(g), List.of(List.of("بلاد", "ه", "و", "قطر")));
        assertThat(errors).containsExactly("U\tوقطر\tو+قطر");
    }
}
