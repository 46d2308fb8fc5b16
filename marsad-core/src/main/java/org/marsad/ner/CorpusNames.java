package org.marsad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.model.Sentence;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TokenSequence;

/**
 * Names learned by tagging the unlabeled corpus with a first model: phrases tagged often enough,
 * and mostly with one type, become a gazetteer of their own (separate features from the curated
 * ones), so names of the news period that ANERcorp never saw (بيسكوف, ناتو) get evidence from
 * thousands of articles. Collect with {@link #collect}, then {@link #addTo}. Not thread-safe.
 */
public final class CorpusNames {
    private static final int TYPES = EntityType.values().length;
    private static final int MAX_TOKENS = 4;

    private final Map<String, int[]> counts = new HashMap<>(1 << 16);

    /** Tags one article with {@code tagger} and counts its name spans. */
    public void collect(NerTagger tagger, AnalyzedText text) {
        for (Found f : find(tagger, text)) {
            add(f);
        }
    }

    /** The name spans of one article (thread-safe: touches no state of this class). */
    public static List<Found> find(NerTagger tagger, AnalyzedText text) {
        List<Sentence> sentences = text.sentences();
        int[][] tags = tagger.tag(StatisticalEntityRecognizer.document(text));
        List<Found> out = new ArrayList<>();
        for (int s = 0; s < tags.length; s++) {
            TokenSequence ts = text.tokens(sentences.get(s).field());
            int first = text.sentenceFirstToken(s);
            for (TagSpan span : IobCodec.decode(tags[s])) {
                if (span.end() - span.start() > MAX_TOKENS) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int i = span.start(); i < span.end(); i++) {
                    String w = i == span.start() ? tagger.features().stems().stem(ts.text(first + i))
                            : WordForms.normalize(ts.source(), ts.start(first + i), ts.end(first + i));
                    if (i > span.start()) {
                        key.append(' ');
                    }
                    key.append(w);
                }
                if (key.length() >= 2) {
                    out.add(new Found(key.toString(), span.type()));
                }
            }
        }
        return out;
    }

    /** One tagged name: its normalized words (first without proclitic), space-separated, and type. */
    public record Found(String phrase, EntityType type) {
    }

    public void add(Found f) {
        counts.computeIfAbsent(f.phrase(), k -> new int[TYPES])[f.type().ordinal()]++;
    }

    public int distinct() {
        return counts.size();
    }

    /**
     * Adds phrases tagged at least {@code minCount} times, with one type in at least {@code minShare}
     * of them, to {@code b} as learned phrases; returns how many.
     */
    public int addTo(NerLexicon.Builder b, int minCount, double minShare) {
        int n = 0;
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(null);
        for (String k : keys) {
            int[] c = counts.get(k);
            int total = Arrays.stream(c).sum();
            int best = 0;
            for (int t = 1; t < TYPES; t++) {
                if (c[t] > c[best]) {
                    best = t;
                }
            }
            if (total >= minCount && c[best] >= minShare * total) {
                b.phrase(Arrays.asList(k.split(" ")), EntityType.values()[best], true);
                n++;
            }
        }
        return n;
    }
}
