package org.marsad.translit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Binary form of a {@link GraphoneModel} (gzip): magic, version, provenance, order, the log probability
 * of an unseen graphone, the inventory (Arabic and Latin side of each graphone), then the n-grams in key
 * order with their log probability and backoff weight.
 */
public final class GraphoneModelCodec {
    private static final String MAGIC = "marsad-translit-graphone";
    private static final int VERSION = 1;

    private GraphoneModelCodec() {
    }

    public static void write(GraphoneModel m, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16));
        DataOutputStream d = new DataOutputStream(gz);
        d.writeUTF(MAGIC);
        d.writeInt(VERSION);
        d.writeUTF(m.provenance());
        d.writeInt(m.order());
        d.writeFloat(m.unknownLogProb());
        d.writeInt(m.graphoneCount());
        for (int g = 0; g < m.graphoneCount(); g++) {
            d.writeUTF(m.arabic(g));
            d.writeUTF(m.latin(g));
        }
        long[] keys = m.sortedKeys();
        d.writeInt(keys.length);
        long prev = 0;
        for (long k : keys) {
            d.writeLong(k - prev);
            prev = k;
            d.writeFloat(m.logProbOf(k));
            d.writeFloat(m.backoffOf(k));
        }
        d.flush();
        gz.finish();
        gz.flush();
    }

    /** Reads a model; {@code source} names the input in errors. */
    public static GraphoneModel read(InputStream in, String source) throws IOException {
        try {
            DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
            if (!MAGIC.equals(d.readUTF())) {
                throw new IOException(source + ": not a Marsad transliteration model");
            }
            int version = d.readInt();
            if (version != VERSION) {
                throw new IOException(source + ": model version " + version + ", expected " + VERSION);
            }
            String provenance = d.readUTF();
            int order = d.readInt();
            float unknown = d.readFloat();
            int n = d.readInt();
            if (n < 2 || n >= (1 << GraphoneModel.BITS) - 1) {
                throw new IOException(source + ": bad graphone count " + n);
            }
            String[] arabic = new String[n];
            String[] latin = new String[n];
            for (int g = 0; g < n; g++) {
                arabic[g] = d.readUTF();
                latin[g] = d.readUTF();
            }
            int e = d.readInt();
            if (e < 0) {
                throw new IOException(source + ": bad n-gram count " + e);
            }
            long[] keys = new long[e];
            float[] lp = new float[e];
            float[] bo = new float[e];
            long prev = 0;
            for (int i = 0; i < e; i++) {
                prev += d.readLong();
                keys[i] = prev;
                lp[i] = d.readFloat();
                bo[i] = d.readFloat();
            }
            return new GraphoneModel(order, arabic, latin, keys, lp, bo, unknown, provenance);
        } catch (EOFException ex) {
            throw new IOException(source + ": truncated model", ex);
        } catch (IllegalArgumentException ex) {
            throw new IOException(source + ": " + ex.getMessage(), ex);
        }
    }
}
