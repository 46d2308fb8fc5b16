package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;

/**
 * Tags documents with IOB2 tags: a first pass per sentence, then — when the model has one — a second
 * pass whose features include the entity types the first pass gave the same word elsewhere in the
 * document (so رامسفيلد alone is tagged like دونالد رامسفيلد earlier). Immutable and thread-safe;
 * each thread works in its own buffers, which it keeps across calls with the word types it has met.
 */
public final class NerTagger {
    static final int T = NerTags.COUNT;
    private static final int TYPES = EntityType.values().length;

    private final NerFeatures features;
    private final NerWeights first;
    private final NerWeights second;
    /** The second pass's document features with their rows (null without a second pass). */
    private final DocumentRows documentRows;
    /** Each tagging thread's buffers and memory of word types (whose scores belong to this tagger's weights). */
    private final ThreadLocal<Scratch> scratch;
    /**
     * Word types a tagging thread keeps (16 MB): Arabic's clitics make many types; 65,536 in four-way sets hold
     * 94 % of the tokens of news text, 16,384 direct-mapped 80 %.
     */
    private static final int TYPES_KEPT = 65_536;

    NerTagger(NerFeatures features, NerWeights first, NerWeights second) {
        this.features = features;
        this.first = first;
        this.second = second;
        this.documentRows = second == null ? null : new DocumentRows(second);
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(new TokenTypes(features, first, TYPES_KEPT)));
    }

    /** The model shipped in the jar ({@link NerModelCodec#RESOURCE}), loaded once. */
    public static NerTagger shipped() {
        return Shipped.TAGGER;
    }

    private static final class Shipped {
        static final NerTagger TAGGER = load();

        private static NerTagger load() {
            try (java.io.InputStream in = NerTagger.class.getResourceAsStream(NerModelCodec.RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("NER model " + NerModelCodec.RESOURCE + " missing from the class path "
                            + "(rebuild it: marsad train ner)");
                }
                return NerModelCodec.read(in, NerModelCodec.RESOURCE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** IOB2 tags ({@link NerTags}) of each sentence of one document given as token strings. */
    public int[][] tag(List<? extends CharSequence[]> sentences) {
        return tag(NerDocument.of(sentences));
    }

    public NerFeatures features() {
        return features;
    }

    public boolean twoPass() {
        return second != null;
    }

    int featureCount() {
        return first.features() + (second == null ? 0 : second.features());
    }

    NerWeights first() {
        return first;
    }

    NerWeights second() {
        return second;
    }

    /** IOB2 tags ({@link NerTags}) of every sentence of {@code doc}. */
    int[][] tag(NerDocument doc) {
        return run(doc).tags;
    }

    /** Both passes over a document, keeping what the second pass (and its training) needs. */
    FirstPass run(NerDocument doc) {
        Scratch s = scratch.get();
        FirstPass fp = firstPass(doc, second != null, s);
        if (second == null) {
            return fp;
        }
        int ns = fp.tags.length;
        for (int k = 0; k < ns; k++) {
            int n = fp.tags[k].length;
            s.ensure(n);
            int[] docBits = fp.docBits(k, s.docBits);
            float[] em = fp.emission[k];
            // the features read the first-pass tags, all before the decoder overwrites them
            int[] firstTags = fp.tags[k];
            for (int i = 0; i < n; i++) {
                if (documentRows.sum(docBits, fp.shapes[k], firstTags, n, i, s.sum, s.feats, s.lookup)) {
                    second.scale(s.sum, em, i * T);
                }
            }
            second.decode(em, n, fp.tags[k], s.delta, s.back);
        }
        return fp;
    }

    /**
     * The first pass; with {@code keep}, also the emissions, stems, shapes and document types, in arrays of the
     * scratch's {@link Scratch#reused} when it has them (valid until its next document).
     */
    FirstPass firstPass(NerDocument doc, boolean keep, Scratch s) {
        int ns = doc.sentences();
        FirstPass fp = keep && s.reused != null ? s.reused.next(ns) : new FirstPass(ns, keep);
        for (int k = 0; k < ns; k++) {
            doc.prepare(features, s.ctx, k);
            int n = s.ctx.n;
            float[] em = keep ? fp.emission(k, n) : new float[n * T];
            for (int i = 0; i < n; i++) {
                if (s.ctx.types == null) {
                    int count = features.features(s.ctx, i, s.feats);
                    first.score(s.feats, count, em, i * T, s.lookup);
                } else {
                    scoreByRoles(s, i, em);
                }
            }
            s.ensure(n);
            fp.tags[k] = new int[n];
            first.decode(em, n, fp.tags[k], s.delta, s.back);
            if (keep) {
                int[] stems = fp.stems(k, n);
                int[] shapes = fp.shapes(k, n);
                boolean[] counted = fp.counted(k, n);
                System.arraycopy(s.ctx.stemH, 0, stems, 0, n);
                System.arraycopy(s.ctx.shape, 0, shapes, 0, n);
                for (int i = 0; i < n; i++) {
                    counted[i] = counted(s.ctx, i);
                }
                collectTypes(s.ctx, fp.tags[k], fp.seen);
            }
        }
        return fp;
    }

    /**
     * The first-pass score of token {@code i}: what it and each neighbour give in their role, kept per word
     * type (and for the sentence edges) once scored, plus the features that combine tokens. Equal to scoring
     * all its {@link NerFeatures#features} at once, since the integer sums do not depend on grouping.
     */
    private void scoreByRoles(Scratch s, int i, float[] em) {
        SentenceContext c = s.ctx;
        TokenTypes types = c.types;
        int[] sum = s.sum;
        for (int t = 0; t < T; t++) {
            sum[t] = 0;
        }
        for (int role = 0; role < NerFeatures.ROLES; role++) {
            int j = NerFeatures.neighbour(role, i);
            if (j < 0 || j >= c.n) {
                int at = role * T;
                if (!s.edgeScored[role]) {
                    first.sum(s.feats, features.roleFeatures(role, c, j, s.feats, 0), s.edge, at, s.lookup);
                    s.edgeScored[role] = true;
                }
                for (int t = 0; t < T; t++) {
                    sum[t] += s.edge[at + t];
                }
            } else if (c.typeSlot[j] < 0) {
                first.sum(s.feats, features.roleFeatures(role, c, j, s.feats, 0), sum, 0, s.lookup);
            } else {
                types.addScores(c.typeSlot[j], role, sum);
            }
        }
        first.score(s.feats, features.pairFeatures(c, i, s.feats, 0), sum, 0, em, i * T, s.lookup);
    }

    /**
     * First-pass results of one document. A sentence's arrays may be longer than it: its tags are not, and
     * give its length.
     */
    static final class FirstPass {
        int[][] tags;
        float[][] emission;
        int[][] stems;
        boolean[][] counted;
        int[][] shapes;
        final IntIntMap seen;

        FirstPass(int sentences, boolean keep) {
            tags = new int[sentences][];
            emission = keep ? new float[sentences][] : null;
            stems = keep ? new int[sentences][] : null;
            counted = keep ? new boolean[sentences][] : null;
            shapes = keep ? new int[sentences][] : null;
            seen = keep ? new IntIntMap(64) : null;
        }

        /** Sentence {@code k}'s emission array for {@code n} tokens, zeroed. */
        float[] emission(int k, int n) {
            float[] em = emission[k];
            if (em == null || em.length < n * T) {
                em = emission[k] = new float[n * T];
            } else {
                java.util.Arrays.fill(em, 0, n * T, 0f);
            }
            return em;
        }

        int[] stems(int k, int n) {
            if (stems[k] == null || stems[k].length < n) {
                stems[k] = new int[n];
            }
            return stems[k];
        }

        int[] shapes(int k, int n) {
            if (shapes[k] == null || shapes[k].length < n) {
                shapes[k] = new int[n];
            }
            return shapes[k];
        }

        boolean[] counted(int k, int n) {
            if (counted[k] == null || counted[k].length < n) {
                counted[k] = new boolean[n];
            }
            return counted[k];
        }

        /** This first pass made ready for a document of {@code sentences}, its arrays kept for reuse. */
        FirstPass next(int sentences) {
            if (emission.length < sentences) {
                int cap = Math.max(sentences, 2 * emission.length);
                emission = java.util.Arrays.copyOf(emission, cap);
                stems = java.util.Arrays.copyOf(stems, cap);
                counted = java.util.Arrays.copyOf(counted, cap);
                shapes = java.util.Arrays.copyOf(shapes, cap);
            }
            tags = new int[sentences][];
            seen.clear();
            return this;
        }

        /**
         * Per token of sentence {@code k}: bit {@code type} when the first pass tagged the same stem
         * with that type elsewhere in the document, bit 4 when it left it O elsewhere.
         */
        int[] docBits(int k) {
            return docBits(k, new int[tags[k].length]);
        }

        /** The same, written to {@code bits} (at least as long as the sentence). */
        int[] docBits(int k, int[] bits) {
            int[] st = stems[k];
            for (int i = 0; i < tags[k].length; i++) {
                bits[i] = 0;
                int v = seen.get(st[i], 0);
                if (v == 0) {
                    continue;
                }
                int self = documentClass(tags[k][i]);
                int b = 0;
                for (int cls = 0; cls <= TYPES; cls++) {
                    int count = (v >>> (6 * cls)) & 63;
                    if (cls == self && counted[k][i]) {
                        count--;
                    }
                    if (count > 0) {
                        b |= 1 << cls;
                    }
                }
                bits[i] = b;
            }
            return bits;
        }
    }

    /**
     * Counts, per word stem of the prepared sentence, how often the first pass tagged it with each
     * entity type and with O (6 bits per class, saturating), into {@code seen}.
     */
    static void collectTypes(SentenceContext c, int[] tags, IntIntMap seen) {
        for (int i = 0; i < c.n; i++) {
            if (!counted(c, i)) {
                continue;
            }
            int h = c.stemH[i];
            int cls = documentClass(tags[i]);
            int v = seen.get(h, 0);
            if (((v >>> (6 * cls)) & 63) < 63) {
                seen.put(h, v + (1 << (6 * cls)));
            }
        }
    }

    /** Whether a token takes part in document consistency: a stem of two letters or more, not punctuation. */
    private static boolean counted(SentenceContext c, int i) {
        return c.length[i] - c.stemStart[i] >= 2 && c.shape[i] != 9;
    }

    private static int documentClass(int tag) {
        EntityType t = NerTags.type(tag);
        return t == null ? TYPES : t.ordinal();
    }

    /** Per-call buffers. */
    static final class Scratch {
        final SentenceContext ctx;
        final int[] feats = new int[NerFeatures.MAX_FEATURES];
        final NerWeights.Lookup lookup = new NerWeights.Lookup();
        final int[] sum = new int[T];
        /** First-pass scores of what the sentence edges give in each neighbour role, once scored. */
        final int[] edge = new int[NerFeatures.ROLES * T];
        final boolean[] edgeScored = new boolean[NerFeatures.ROLES];
        float[] emission = new float[0];
        float[] delta = new float[0];
        int[] back = new int[0];
        int[] docBits = new int[0];
        /** A tagging thread's first-pass arrays, reused from one document to the next (null: fresh ones each time). */
        final FirstPass reused;

        /** Buffers that keep no word types and reuse no first-pass arrays (a trainer keeps them). */
        Scratch() {
            ctx = new SentenceContext();
            reused = null;
        }

        /** A tagging thread's buffers. */
        Scratch(TokenTypes types) {
            ctx = new SentenceContext(types);
            reused = new FirstPass(16, true);
        }

        void ensure(int n) {
            if (emission.length < n * T) {
                int cap = Math.max(n, 64) * T;
                emission = new float[cap];
                delta = new float[cap];
                back = new int[cap];
                docBits = new int[cap / T];
            }
        }
    }

    /** Spans of each sentence's tags. */
    static List<List<TagSpan>> spans(int[][] tags) {
        List<List<TagSpan>> out = new ArrayList<>(tags.length);
        for (int[] t : tags) {
            out.add(IobCodec.decode(t));
        }
        return out;
    }

    static int types() {
        return TYPES;
    }
}
