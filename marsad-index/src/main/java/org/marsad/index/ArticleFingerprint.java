package org.marsad.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Article;

/**
 * A digest of everything an article's analysis depends on (its fields and the index schema
 * version), so a store can tell an article it already holds from a changed one.
 */
public final class ArticleFingerprint {
    /** Bump when what is stored per article, or how it is analysed for search, changes: a re-ingest then rewrites old entries. */
    public static final int SCHEMA_VERSION = 2;

    private ArticleFingerprint() {
    }

    public static String of(Article a) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        update(md, "v" + SCHEMA_VERSION);
        update(md, a.id());
        update(md, a.title());
        update(md, a.text());
        update(md, a.published() == null ? "" : a.published().toString());
        update(md, a.source());
        update(md, a.url());
        for (Map.Entry<String, Object> e : new TreeMap<>(a.metadata()).entrySet()) {
            update(md, e.getKey());
            update(md, String.valueOf(e.getValue()));
        }
        byte[] d = md.digest();
        return HexFormat.of().formatHex(d, 0, 16);
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = (s == null ? "\u0000" : s).getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
    }
}
