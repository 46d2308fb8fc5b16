package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;

/** Trains small models on generated sentences: learning, two passes and the model file round trip. */
class NerModelTest {
    private static final String[] FIRST = {"جورج", "ديمتري", "فالنتينا", "أنتوني", "جين", "فيكتوريا", "سيرغي", "ماريا"};
    private static final String[] LAST = {"بوش", "بوليانسكي", "ماتفينكو", "بلينكن", "بساكي", "نولاند", "لافروف", "زاخاروفا"};
    private static final String[] PLACES = {"جنيف", "بروكسل", "فيينا", "موسكو", "كييف", "واشنطن", "باريس", "لندن"};
    private static final String[] FILLER = {"أمس", "اليوم", "الاتفاق", "المفاوضات", "الأزمة", "الوضع"};

    static List<LabeledDocument> corpus(int docs, long seed) {
        Random r = new Random(seed);
        List<LabeledDocument> out = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            List<String[]> toks = new ArrayList<>();
            List<int[]> tags = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                String f = FIRST[r.nextInt(FIRST.length)];
                String l = LAST[r.nextInt(LAST.length)];
                String p = PLACES[r.nextInt(PLACES.length)];
                String x = FILLER[r.nextInt(FILLER.length)];
                toks.add(new String[] {"وقال", f, l, "في", p, x, "."});
                tags.add(new int[] {0, NerTags.begin(EntityType.PERS), NerTags.inside(EntityType.PERS), 0,
                    NerTags.begin(EntityType.LOC), 0, 0});
            }
            out.add(new LabeledDocument(toks, tags));
        }
        return out;
    }

    private static NerTagger train(boolean twoPass) {
        var opts = new PerceptronTrainer.Options(5, 3L, twoPass, 2, 0.01f);
        return new PerceptronTrainer(new NerFeatures(NerLexicon.empty()), opts, null).train(corpus(40, 1));
    }

    @Test
    void learnsAndTagsUnseenCombinations() {
        NerTagger tagger = train(false);
        SpanScores s = NerTraining.evaluate(tagger, corpus(10, 99));
        assertThat(s.overall().f1()).isGreaterThan(0.95);
        assertThat(s.of(EntityType.PERS).gold()).isEqualTo(40);
    }

    @Test
    void crossValidationHoldsOutEveryDocumentOnce() {
        var opts = new PerceptronTrainer.Options(3, 3L, false, 2, 0.01f);
        SpanScores s = NerTraining.crossValidate(NerLexicon.empty(), corpus(12, 5), 3, opts, null);
        // 12 documents of 4 sentences, one PERS and one LOC span each: every gold span scored exactly once
        assertThat(s.of(EntityType.PERS).gold()).isEqualTo(48);
        assertThat(s.of(EntityType.LOC).gold()).isEqualTo(48);
        assertThat(s.overall().f1()).isGreaterThan(0.9);
    }

    @Test
    void severalRunsMakeOneModelThatDiffersFromEachRun() {
        List<LabeledDocument> docs = corpus(20, 4);
        var one = new PerceptronTrainer.Options(3, 3L, false, 2, 0f, 1);
        var three = new PerceptronTrainer.Options(3, 3L, false, 2, 0f, 3);
        NerTagger a = new PerceptronTrainer(new NerFeatures(NerLexicon.empty()), one, null).train(docs);
        NerTagger b = new PerceptronTrainer(new NerFeatures(NerLexicon.empty()), three, null).train(docs);
        assertThat(b.featureCount()).isGreaterThanOrEqualTo(a.featureCount());
        assertThat(b.first().transitions()).isNotEqualTo(a.first().transitions());
        assertThat(NerTraining.evaluate(b, corpus(10, 99)).overall().f1()).isGreaterThan(0.95);
        assertThatThrownBy(() -> new PerceptronTrainer.Options(3, 3L, false, 2, 0f, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modelFileRoundTripGivesTheSameTags() throws IOException {
        NerTagger tagger = train(true);
        assertThat(tagger.twoPass()).isTrue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModelCodec.write(tagger, Map.of("data", "generated"), bytes);
        NerTagger back = NerModelCodec.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        Map<String, String> manifest = NerModelCodec.readManifest(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertThat(manifest).containsEntry("data", "generated").containsEntry("passes", "2");
        for (LabeledDocument d : corpus(5, 7)) {
            int[][] a = tagger.tag(d.tokens());
            int[][] b = back.tag(d.tokens());
            assertThat(b).isDeepEqualTo(a);
        }
    }

    @Test
    void lexiconSurvivesTheModelFile() throws IOException {
        NerLexicon.Builder b = new NerLexicon.Builder().clusterLevels(4, 16);
        b.word("جنيف", 3, 15).word("بروكسل", 3, 14);
        b.phrase(List.of("حلف", "شمال", "الأطلسي"), EntityType.ORG).phrase(List.of("جنيف"), EntityType.LOC);
        NerFeatures f = new NerFeatures(b.build());
        NerTagger tagger = new PerceptronTrainer(f, new PerceptronTrainer.Options(2, 1L, false, 2, 0f), null)
                .train(corpus(5, 2));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModelCodec.write(tagger, Map.of(), bytes);
        NerLexicon back = NerModelCodec.read(new ByteArrayInputStream(bytes.toByteArray()), "x").features().lexicon();
        String[] sentence = {"وحلف", "شمال", "الأطلسي", "في", "جنيف"};
        SentenceContext a = new SentenceContext();
        SentenceContext c = new SentenceContext();
        f.prepare(a, sentence, 0, sentence.length);
        new NerFeatures(back).prepare(c, sentence, 0, sentence.length);
        assertThat(Arrays.copyOf(c.gaz, 5)).containsExactly(Arrays.copyOf(a.gaz, 5));
        assertThat(c.gaz[1]).isNotZero();
        assertThat(back.cluster(back.wordIndex(c.wordH[4]), 1)).isEqualTo(15);
        assertThat(back.levels()).isEqualTo(2);
    }

    @Test
    void refusesAFileOfAnotherFeatureVersion() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NerModelCodec.write(train(false), Map.of(), bytes);
        String text = bytes.toString(StandardCharsets.ISO_8859_1)
                .replace("features=" + NerFeatures.VERSION, "features=" + (NerFeatures.VERSION + 1));
        byte[] changed = text.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> NerModelCodec.read(new ByteArrayInputStream(changed), "old.bin"))
                .isInstanceOf(IOException.class).hasMessageContaining("old.bin").hasMessageContaining("feature version");
        assertThatThrownBy(() -> NerModelCodec.read(new ByteArrayInputStream("junk\n".getBytes()), "junk.bin"))
                .hasMessageContaining("not a Marsad NER model");
    }
}
