package org.marsad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.marsad.model.EntityType;

/**
 * What the tagger knows about words beyond the training sentences: word clusters learned from the
 * unlabeled news corpus (several granularities) and gazetteer phrases with their entity types. Keys
 * are hashes of normalized forms ({@link WordForms#normalize}), so lookups never allocate. Immutable.
 */
public final class NerLexicon {
    public static final int NO_CLUSTER = -1;
    /** Phrase-table bit of a proper prefix of some phrase: matching goes on only while prefixes match. */
    static final int PREFIX = 1 << 8;
    /** Phrase-table bits of the types: 0-3 from curated gazetteers, 4-7 learned from the corpus. */
    static final int TYPE_BITS = PREFIX - 1;
    static final int LEARNED_SHIFT = 4;

    private final IntIntMap words;
    private final int levels;
    /** A word's clusters at every level side by side ({@code [word * levels + level]}): one cache line per word. */
    private final short[] clusters;
    private final int[] clusterCounts;
    private final IntIntMap phrases;
    private final int maxPhraseTokens;

    NerLexicon(IntIntMap words, short[][] clusters, int[] clusterCounts, IntIntMap phrases, int maxPhraseTokens) {
        this.words = words;
        this.levels = clusters.length;
        int n = levels == 0 ? 0 : clusters[0].length;
        this.clusters = new short[n * levels];
        for (int l = 0; l < levels; l++) {
            for (int w = 0; w < n; w++) {
                this.clusters[w * levels + l] = clusters[l][w];
            }
        }
        this.clusterCounts = clusterCounts;
        this.phrases = phrases;
        this.maxPhraseTokens = maxPhraseTokens;
    }

    public static NerLexicon empty() {
        return new Builder().build();
    }

    public int levels() {
        return levels;
    }

    public int clusterCount(int level) {
        return clusterCounts[level];
    }

    public int words() {
        return words.size();
    }

    public int phrases() {
        return phrases.size();
    }

    public int maxPhraseTokens() {
        return maxPhraseTokens;
    }

    /** Index of a word (by the hash of its normalized form) in the cluster table, or -1. */
    int wordIndex(int wordHash) {
        return words.get(wordHash, -1);
    }

    int cluster(int wordIndex, int level) {
        return wordIndex < 0 ? NO_CLUSTER : clusters[wordIndex * levels + level];
    }

    /** Entity-type bits ({@code 1 << EntityType.ordinal()}) of a phrase hash, with {@link #PREFIX}; or 0. */
    int phraseTypes(int phraseHash) {
        return phrases.get(phraseHash, 0);
    }

    static int tokenHash(String normalized) {
        return Hashing.chars(normalized);
    }

    static int extendPhrase(int phraseHash, int tokenHash) {
        return Hashing.combine(phraseHash, tokenHash);
    }

    void write(DataOutputStream out) throws IOException {
        int[][] e = words.entries();
        out.writeInt(levels);
        for (int c : clusterCounts) {
            out.writeInt(c);
        }
        out.writeInt(e[0].length);
        for (int k = 0; k < e[0].length; k++) {
            out.writeInt(e[0][k]);
            for (int l = 0; l < levels; l++) {
                out.writeShort(clusters[e[1][k] * levels + l]);
            }
        }
        int[][] p = phrases.entries();
        out.writeInt(maxPhraseTokens);
        out.writeInt(p[0].length);
        for (int k = 0; k < p[0].length; k++) {
            out.writeInt(p[0][k]);
            out.writeShort(p[1][k]);
        }
    }

    static NerLexicon read(DataInputStream in) throws IOException {
        int levels = in.readInt();
        int[] counts = new int[levels];
        for (int l = 0; l < levels; l++) {
            counts[l] = in.readInt();
        }
        int n = in.readInt();
        IntIntMap words = new IntIntMap(n);
        short[][] clusters = new short[levels][n];
        for (int k = 0; k < n; k++) {
            words.put(in.readInt(), k);
            for (int l = 0; l < levels; l++) {
                clusters[l][k] = in.readShort();
            }
        }
        int maxTokens = in.readInt();
        int np = in.readInt();
        IntIntMap phrases = new IntIntMap(np);
        for (int k = 0; k < np; k++) {
            phrases.put(in.readInt(), in.readUnsignedShort());
        }
        return new NerLexicon(words, clusters, counts, phrases, maxTokens);
    }

    /** Collects clusters and gazetteer phrases (normalizing them) into a lexicon. */
    public static final class Builder {
        private final IntIntMap words = new IntIntMap(1024);
        private int[] counts = new int[0];
        private short[][] clusters = new short[0][0];
        private int wordCount;
        private final IntIntMap phrases = new IntIntMap(1024);
        private int maxPhraseTokens;

        /** Declares the cluster granularities (number of clusters at each level). */
        public Builder clusterLevels(int... clusterCounts) {
            counts = clusterCounts.clone();
            clusters = new short[counts.length][1024];
            return this;
        }

        /** Cluster ids of one word, one per level. */
        public Builder word(String word, int... ids) {
            if (ids.length != counts.length) {
                throw new IllegalArgumentException("expected " + counts.length + " cluster ids for " + word);
            }
            int h = tokenHash(WordForms.normalize(word));
            int idx = words.getOrPut(h, wordCount);
            if (idx == wordCount) {
                wordCount++;
                if (wordCount > clusters[0].length) {
                    for (int l = 0; l < clusters.length; l++) {
                        clusters[l] = java.util.Arrays.copyOf(clusters[l], clusters[l].length * 2);
                    }
                }
            }
            for (int l = 0; l < ids.length; l++) {
                clusters[l][idx] = (short) ids[l];
            }
            return this;
        }

        /** A gazetteer phrase: its words as the tokenizer splits them. */
        public Builder phrase(List<String> tokens, EntityType type) {
            return phrase(tokens, type, false);
        }

        /** A phrase; {@code learned} marks names found by tagging the unlabeled corpus (their own features). */
        public Builder phrase(List<String> tokens, EntityType type, boolean learned) {
            if (tokens.isEmpty()) {
                return this;
            }
            int h = 0;
            for (int i = 0; i < tokens.size(); i++) {
                int t = tokenHash(WordForms.normalize(tokens.get(i)));
                if (i > 0) {
                    phrases.put(h, phrases.get(h, 0) | PREFIX);
                }
                h = i == 0 ? t : extendPhrase(h, t);
            }
            phrases.put(h, phrases.get(h, 0) | (1 << (type.ordinal() + (learned ? LEARNED_SHIFT : 0))));
            maxPhraseTokens = Math.max(maxPhraseTokens, tokens.size());
            return this;
        }

        public NerLexicon build() {
            short[][] c = new short[counts.length][];
            for (int l = 0; l < counts.length; l++) {
                c[l] = java.util.Arrays.copyOf(clusters[l], wordCount);
            }
            IntIntMap w = new IntIntMap(Math.max(1, words.size()));
            int[][] e = words.entries();
            for (int k = 0; k < e[0].length; k++) {
                w.put(e[0][k], e[1][k]);
            }
            IntIntMap p = new IntIntMap(Math.max(1, phrases.size()));
            int[][] pe = phrases.entries();
            for (int k = 0; k < pe[0].length; k++) {
                p.put(pe[0][k], pe[1][k]);
            }
            return new NerLexicon(w, c, counts.clone(), p, maxPhraseTokens);
        }
    }
}
