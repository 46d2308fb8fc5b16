package org.marsad.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.marsad.model.Article;

/**
 * Stanford CoreNLP's Arabic pipeline up to POS: the tokenize annotator runs the CRF clitic segmenter
 * ({@code arabic-segmenter-atb+bn+arztrain}), then sentence splitting and the maxent POS tagger,
 * configured as CoreNLP's own {@code StanfordCoreNLP-arabic.properties} does (without the parser).
 */
final class CoreNlpContender implements Contender {
    private final StanfordCoreNLP pipeline;

    CoreNlpContender() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("tokenize.language", "ar");
        p.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz");
        p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\u061F]+");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/arabic.tagger");
        p.setProperty("threads", "1");
        // bidi marks in news text are dropped without a warning per occurrence
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        pipeline = new StanfordCoreNLP(p);
    }

    @Override
    public String name() {
        return "CoreNLP segmenter+POS";
    }

    @Override
    public long process(Article article) {
        return annotate(article.title()).size() + annotate(article.text()).size();
    }

    /** The tokens (clitics split) of one text, each with its POS tag. */
    List<edu.stanford.nlp.ling.CoreLabel> annotate(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class);
    }
}
