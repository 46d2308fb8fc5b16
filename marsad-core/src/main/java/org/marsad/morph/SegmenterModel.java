package org.marsad.morph;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What the segmenter knows: how often each folded form occurs as a whole word in unlabeled news
 * ({@code words}), the commonest gold analysis of tokens seen in the treebank ({@code memo}), how often a form
 * was a gold stem ({@code stems}), how often a form was a token the treebank's analyser left unanalysed ({@code unanalysed}:
 * mostly names it did not know, kept whole with their clitics), and the weights of the linear ranking model over candidate analyses
 * ({@link SegmentFeatures}). Immutable; written and read as a gzipped text file.
 */
public final class SegmenterModel {
    static final String MAGIC = "marsad-morph-model 2";

    final Lexicon words;
    final Lexicon memo;
    final Lexicon stems;
    final Lexicon unanalysed;
    final double[] weights;
    final String provenance;

    SegmenterModel(Lexicon words, Lexicon memo, Lexicon stems, Lexicon unanalysed, double[] weights, String provenance) {
        if (weights.length != SegmentFeatures.COUNT) {
            throw new IllegalArgumentException("model has " + weights.length + " weights, expected " + SegmentFeatures.COUNT);
        }
        this.words = words;
        this.memo = memo;
        this.stems = stems;
        this.unanalysed = unanalysed;
        this.weights = weights;
        this.provenance = provenance;
    }

    /** Packs a memo entry: the analysis (proclitic letters, enclitic letters) seen {@code count} times. */
    static int memoValue(int count, int procliticLetters, int encliticLetters) {
        return Math.min(count, 0x7FFFFF) << 8 | procliticLetters << 4 | encliticLetters;
    }

    static int memoCount(int v) {
        return v >>> 8;
    }

    static int memoProclitics(int v) {
        return (v >> 4) & 0xF;
    }

    static int memoEnclitics(int v) {
        return v & 0xF;
    }

    /** One line saying where the model came from and how to rebuild it. */
    public String provenance() {
        return provenance;
    }

    public void write(OutputStream os) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(os), StandardCharsets.UTF_8), 1 << 16);
        w.write(MAGIC + "\n");
        w.write("# " + provenance.replace('\n', ' ') + "\n");
        w.write("weights\t" + weights.length + "\n");
        for (int i = 0; i < weights.length; i++) {
            w.write(SegmentFeatures.name(i) + "\t" + weights[i] + "\n");
        }
        writeLexicon(w, "memo", memo);
        writeLexicon(w, "stems", stems);
        writeLexicon(w, "unanalysed", unanalysed);
        writeLexicon(w, "words", words);
        w.flush();
        w.close();
    }

    private static void writeLexicon(Writer w, String name, Lexicon lex) throws IOException {
        w.write(name + "\t" + lex.size() + "\n");
        IOException[] err = new IOException[1];
        lex.forEach((k, v) -> {
            try {
                w.write(k);
                w.write('\t');
                w.write(Integer.toString(v));
                w.write('\n');
            } catch (IOException e) {
                err[0] = e;
            }
        });
        if (err[0] != null) {
            throw err[0];
        }
    }

    public static SegmenterModel read(InputStream is) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(is, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        String magic = r.readLine();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a segmenter model (first line: " + magic + ")");
        }
        String prov = r.readLine();
        prov = prov != null && prov.startsWith("# ") ? prov.substring(2) : "";
        int nw = header(r, "weights");
        double[] weights = new double[nw];
        for (int i = 0; i < nw; i++) {
            String l = r.readLine();
            weights[i] = Double.parseDouble(l.substring(l.indexOf('\t') + 1));
        }
        Lexicon memo = readLexicon(r, "memo");
        Lexicon stems = readLexicon(r, "stems");
        Lexicon unanalysed = readLexicon(r, "unanalysed");
        Lexicon words = readLexicon(r, "words");
        return new SegmenterModel(words, memo, stems, unanalysed, weights, prov);
    }

    private static int header(BufferedReader r, String name) throws IOException {
        String l = r.readLine();
        if (l == null || !l.startsWith(name + "\t")) {
            throw new IOException("segmenter model: expected section '" + name + "', found: " + l);
        }
        return Integer.parseInt(l.substring(name.length() + 1).trim());
    }

    private static Lexicon readLexicon(BufferedReader r, String name) throws IOException {
        int n = header(r, name);
        String[] keys = new String[n];
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            String l = r.readLine();
            int tab = l == null ? -1 : l.indexOf('\t');
            if (tab < 0) {
                throw new IOException("segmenter model: section '" + name + "' line " + (i + 1) + " of " + n
                        + (l == null ? " missing" : " has no tab"));
            }
            keys[i] = l.substring(0, tab);
            values[i] = Integer.parseInt(l, tab + 1, l.length(), 10);
        }
        return Lexicon.of(keys, values, n);
    }

    /** The model shipped in the jar. */
    static SegmenterModel bundled() {
        try (InputStream is = SegmenterModel.class.getResourceAsStream("segmenter-model.txt.gz")) {
            if (is == null) {
                throw new IllegalStateException("segmenter model resource missing: org/marsad/morph/segmenter-model.txt.gz");
            }
            return read(is);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled segmenter model", e);
        }
    }
}
