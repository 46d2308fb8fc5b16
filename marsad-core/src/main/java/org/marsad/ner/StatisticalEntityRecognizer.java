package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityMention;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.EntityRecognizer;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TokenSequence;

/**
 * The NER step of the pipeline: tags the title and body sentences of an article as one document
 * with a {@link NerTagger} and turns tag spans into mentions whose offsets are those of the first and
 * last token. Thread-safe.
 */
public final class StatisticalEntityRecognizer implements EntityRecognizer {
    private final NerTagger tagger;

    public StatisticalEntityRecognizer(NerTagger tagger) {
        this.tagger = tagger;
    }

    /** The recognizer with the model shipped in the jar. */
    public static StatisticalEntityRecognizer shipped() {
        return new StatisticalEntityRecognizer(NerTagger.shipped());
    }

    /** The sentences of an article (title, then body) as one tagger document. */
    static NerDocument document(AnalyzedText text) {
        List<Sentence> sentences = text.sentences();
        return new NerDocument() {
            @Override
            public int sentences() {
                return sentences.size();
            }

            @Override
            public int length(int s) {
                return text.sentenceEndToken(s) - text.sentenceFirstToken(s);
            }

            @Override
            public void prepare(NerFeatures features, SentenceContext c, int s) {
                features.prepare(c, text.tokens(sentences.get(s).field()), text.sentenceFirstToken(s),
                        text.sentenceEndToken(s));
            }
        };
    }

    @Override
    public List<EntityMention> recognize(AnalyzedText text) {
        List<Sentence> sentences = text.sentences();
        int[][] tags = tagger.tag(document(text));
        List<EntityMention> out = new ArrayList<>();
        for (int s = 0; s < tags.length; s++) {
            Sentence sent = sentences.get(s);
            TokenSequence ts = text.tokens(sent.field());
            int first = text.sentenceFirstToken(s);
            for (TagSpan span : IobCodec.decode(tags[s])) {
                int start = ts.start(first + span.start());
                int end = ts.end(first + span.end() - 1);
                out.add(new EntityMention(TextSpan.of(text.article(), sent.field(), start, end), span.type()));
            }
        }
        return out;
    }
}
