package org.marsad.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;

/** The sample corpus bundled in the jar: 3,000 Jawhara FM articles (Apache-2.0). */
public final class SampleCorpus {
    public static final String RESOURCE = "/org/marsad/sample/jawharafm-sample.jsonl.gz";
    public static final String NAME = "jawharafm-sample.jsonl.gz";

    private SampleCorpus() {
    }

    public static InputStream open() {
        InputStream raw = SampleCorpus.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("sample corpus missing from the jar: " + RESOURCE);
        }
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void read(ArticleReader reader, ArticleSink sink) {
        try (InputStream in = open()) {
            reader.readStream(in, NAME, ArticleReader.Format.JSONL, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
