package org.marsad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Binary model file: a magic line, a manifest of {@code key=value} lines (format and feature
 * versions, provenance, counts) ended by a blank line, then the gzipped lexicon and weight sets.
 * A reader refuses a file whose format or feature version it does not know.
 */
public final class NerModelCodec {
    static final String MAGIC = "MARSAD-NER";
    static final int FORMAT = 2;
    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/org/marsad/ner/ner-model.bin";

    private NerModelCodec() {
    }

    public static void write(NerTagger tagger, Map<String, String> provenance, OutputStream raw) throws IOException {
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("format", String.valueOf(FORMAT));
        manifest.put("features", String.valueOf(NerFeatures.VERSION));
        manifest.put("tags", String.join(",", tagNames()));
        manifest.put("passes", tagger.twoPass() ? "2" : "1");
        manifest.put("weights", String.valueOf(tagger.featureCount()));
        manifest.put("cluster.words", String.valueOf(tagger.features().lexicon().words()));
        manifest.put("gazetteer.phrases", String.valueOf(tagger.features().lexicon().phrases()));
        manifest.putAll(provenance);
        StringBuilder head = new StringBuilder(MAGIC).append('\n');
        for (Map.Entry<String, String> e : manifest.entrySet()) {
            head.append(e.getKey()).append('=').append(e.getValue().replace('\n', ' ')).append('\n');
        }
        head.append('\n');
        raw.write(head.toString().getBytes(StandardCharsets.UTF_8));
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        writeBody(tagger, out);
        out.flush();
        gz.finish();
    }

    /** The model after its manifest, as it is stored inside the gzip stream. */
    static void writeBody(NerTagger tagger, DataOutputStream out) throws IOException {
        tagger.features().lexicon().write(out);
        tagger.first().write(out);
        out.writeBoolean(tagger.twoPass());
        if (tagger.twoPass()) {
            tagger.second().write(out);
        }
    }

    public static NerTagger read(InputStream raw, String name) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        Map<String, String> manifest = readManifest(in, name);
        if (!String.valueOf(FORMAT).equals(manifest.get("format"))) {
            throw new IOException(name + ": model format " + manifest.get("format") + ", this reader knows " + FORMAT);
        }
        if (!String.valueOf(NerFeatures.VERSION).equals(manifest.get("features"))) {
            throw new IOException(name + ": trained with feature version " + manifest.get("features")
                    + ", this code computes version " + NerFeatures.VERSION + " (retrain: marsad train ner)");
        }
        if (!String.join(",", tagNames()).equals(manifest.get("tags"))) {
            throw new IOException(name + ": tag set " + manifest.get("tags") + " differs from " + String.join(",", tagNames()));
        }
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        NerLexicon lexicon = NerLexicon.read(data);
        NerWeights first = NerWeights.read(data);
        NerWeights second = data.readBoolean() ? NerWeights.read(data) : null;
        return new NerTagger(new NerFeatures(lexicon), first, second);
    }

    /** The manifest of a model file, without reading its weights. */
    public static Map<String, String> readManifest(InputStream in, String name) throws IOException {
        String magic = line(in);
        if (!MAGIC.equals(magic)) {
            throw new IOException(name + ": not a Marsad NER model");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String l = line(in); l != null && !l.isEmpty(); l = line(in)) {
            int eq = l.indexOf('=');
            if (eq < 0) {
                throw new IOException(name + ": bad manifest line '" + l + "'");
            }
            m.put(l.substring(0, eq), l.substring(eq + 1));
        }
        return m;
    }

    private static String line(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            b.write(c);
            if (b.size() > 1 << 16) {
                throw new IOException("manifest line too long");
            }
        }
        if (c == -1 && b.size() == 0) {
            return null;
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static String[] tagNames() {
        String[] names = new String[NerTags.COUNT];
        for (int t = 0; t < names.length; t++) {
            names[t] = NerTags.name(t);
        }
        return names;
    }
}
