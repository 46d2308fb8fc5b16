package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Learned clusters: for each word (normalized form), its cluster id at each level. A TSV file caches them. */
public record WordClusters(int[] levels, List<String> words, List<int[]> ids) {
    public void write(Writer out) throws IOException {
        StringBuilder head = new StringBuilder("#levels");
        for (int l : levels) {
            head.append('\t').append(l);
        }
        out.write(head.append('\n').toString());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.setLength(0);
            sb.append(words.get(i));
            for (int id : ids.get(i)) {
                sb.append('\t').append(id);
            }
            out.write(sb.append('\n').toString());
        }
    }

    public static WordClusters read(Reader reader, String name) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String head = in.readLine();
        if (head == null || !head.startsWith("#levels\t")) {
            throw new IOException(name + ": not a cluster file (no #levels line)");
        }
        String[] h = head.split("\t");
        int[] levels = new int[h.length - 1];
        for (int i = 1; i < h.length; i++) {
            levels[i - 1] = Integer.parseInt(h[i]);
        }
        List<String> words = new ArrayList<>();
        List<int[]> ids = new ArrayList<>();
        int lineNo = 1;
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            lineNo++;
            String[] f = l.split("\t");
            if (f.length != levels.length + 1) {
                throw new IOException(name + ":" + lineNo + ": expected " + (levels.length + 1) + " fields");
            }
            int[] x = new int[levels.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = Integer.parseInt(f[i + 1]);
            }
            words.add(f[0]);
            ids.add(x);
        }
        return new WordClusters(levels, words, ids);
    }

    public NerLexicon.Builder addTo(NerLexicon.Builder b) {
        b.clusterLevels(levels);
        for (int i = 0; i < words.size(); i++) {
            b.word(words.get(i), ids.get(i));
        }
        return b;
    }
}
