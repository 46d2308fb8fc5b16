package org.marsad.quotes;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.model.Field;
import org.marsad.model.TokenKind;
import org.marsad.text.TokenSequence;
import org.marsad.text.WordTable;

/**
 * Arabic words that are common nouns or adjectives rather than names, known by how often news text
 * writes them with the definite article: نتائج appears as النتائج, بيسكوف never as البيسكوف. Built
 * from a corpus by {@link Builder} ({@code marsad train common-words}); a word list of normalized
 * forms without the article. Immutable and thread-safe.
 */
public final class CommonWords {
    /** A word is common when at least this share of its uses carry ال. */
    public static final double MIN_DEFINITE_SHARE = 0.1;
    /**
     * … but not when nearly every use carries it: السبهان, الزغيدي are family names, whose bare form
     * never occurs; they stay off the list.
     */
    public static final double MAX_DEFINITE_SHARE = 0.97;
    /** … and when it carries ال at least this many times. */
    public static final int MIN_DEFINITE_COUNT = 3;

    private final Set<String> words;
    /** The words again, for {@link #contains}: asked about most tokens of an article. */
    private final WordTable table;

    public CommonWords(Set<String> words) {
        this.words = Collections.unmodifiableSet(new HashSet<>(words));
        this.table = WordTable.ofWords(words);
    }

    public static CommonWords standard() {
        return Holder.STANDARD;
    }

    /** Whether a normalized word without its article is a common word. */
    public boolean contains(String norm) {
        return table.contains(norm);
    }

    public int size() {
        return words.size();
    }

    public static CommonWords read(InputStream gz) throws IOException {
        Set<String> s = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                s.add(line);
            }
        }
        return new CommonWords(s);
    }

    /** Counts bare and definite forms over tokenized text, then keeps the words usually written with ال. */
    public static final class Builder {
        private final Map<String, int[]> counts = new HashMap<>();

        public void add(TokenSequence ts) {
            for (int i = 0; i < ts.size(); i++) {
                if (ts.kind(i) != TokenKind.ARABIC) {
                    continue;
                }
                String n = ts.norm(i);
                if (n.startsWith("ال") && n.length() >= 5) {
                    counts.computeIfAbsent(n.substring(2), k -> new int[2])[1]++;
                } else if (n.length() >= 2) {
                    counts.computeIfAbsent(n, k -> new int[2])[0]++;
                }
            }
        }

        private final Set<String> extra = new HashSet<>();

        /** Adds words as they are (function words): normalized, without their article. */
        public void addWords(Iterable<String> words) {
            for (String w : words) {
                String n = org.marsad.text.ArabicNormalizer.normalize(w.strip());
                if (!n.isEmpty() && !n.startsWith("#") && n.indexOf(' ') < 0) {
                    extra.add(n);
                }
            }
        }

        public CommonWords build() {
            Set<String> out = new HashSet<>(extra);
            counts.forEach((w, c) -> {
                if (c[1] >= MIN_DEFINITE_COUNT && c[1] >= MIN_DEFINITE_SHARE * (c[0] + c[1])
                        && c[1] < MAX_DEFINITE_SHARE * (c[0] + c[1])) {
                    out.add(w);
                }
            });
            return new CommonWords(out);
        }
    }

    /** Writes the list, sorted, gzipped, with a provenance line. */
    public void write(OutputStream out, String provenance) throws IOException {
        List<String> sorted = new ArrayList<>(words);
        Collections.sort(sorted);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            w.write("# " + provenance.replace('\n', ' '));
            w.newLine();
            for (String s : sorted) {
                w.write(s);
                w.newLine();
            }
        }
    }

    static CommonWords fromText(Iterable<String> texts) {
        Builder b = new Builder();
        org.marsad.text.Tokenizer t = new org.marsad.text.Tokenizer();
        for (String s : texts) {
            b.add(t.tokenize(s, Field.TEXT));
        }
        return b.build();
    }

    private static final class Holder {
        static final CommonWords STANDARD = load();

        private static CommonWords load() {
            try (InputStream in = CommonWords.class.getResourceAsStream("common-words.txt.gz")) {
                if (in == null) {
                    return new CommonWords(Set.of()); // not built yet: names are read from shape alone
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
