package org.marsad.opensearch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.marsad.index.ArchiveStore;
import org.marsad.index.lucene.LuceneArchiveStore;

/**
 * Opens the archive a configuration names: the embedded Lucene index in a data directory (the
 * default), or an OpenSearch cluster. Commands take {@code --store lucene|opensearch},
 * {@code --opensearch-url URL[,URL...]} and {@code --opensearch-index NAME}; the environment variables
 * {@code MARSAD_STORE}, {@code MARSAD_OPENSEARCH_URL} and {@code MARSAD_OPENSEARCH_INDEX} give the
 * defaults, so a server can be pointed at a cluster without changing its command line.
 */
public final class ArchiveStores {
    public enum Kind { LUCENE, OPENSEARCH }

    /**
     * @param kind          which back end; null: from {@code MARSAD_STORE}, else Lucene
     * @param data          the Lucene data directory (unused for OpenSearch)
     * @param opensearchUrl node URLs, comma-separated; null: from {@code MARSAD_OPENSEARCH_URL}
     * @param index         index name; null: from {@code MARSAD_OPENSEARCH_INDEX}, else the default
     */
    public record Config(Kind kind, Path data, String opensearchUrl, String index) {
        /** Fills what is null from the environment. */
        public Config resolve(Map<String, String> env) {
            Kind k = kind;
            if (k == null) {
                String s = env.get("MARSAD_STORE");
                k = s == null || s.isBlank() ? Kind.LUCENE : parse(s);
            }
            String url = opensearchUrl != null ? opensearchUrl : env.get("MARSAD_OPENSEARCH_URL");
            String idx = index != null ? index : env.getOrDefault("MARSAD_OPENSEARCH_INDEX", OpenSearchSettings.DEFAULT_INDEX);
            return new Config(k, data, url, idx);
        }
    }

    private ArchiveStores() {
    }

    public static Kind parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "lucene", "embedded" -> Kind.LUCENE;
            case "opensearch" -> Kind.OPENSEARCH;
            default -> throw new IllegalArgumentException("unknown store '" + s + "': lucene or opensearch");
        };
    }

    public static ArchiveStore open(Config config) {
        Config c = config.resolve(System.getenv());
        return switch (c.kind()) {
            case LUCENE -> {
                if (c.data() == null) {
                    throw new IllegalArgumentException("the embedded store needs a data directory (--data)");
                }
                yield LuceneArchiveStore.open(c.data());
            }
            case OPENSEARCH -> {
                if (c.opensearchUrl() == null || c.opensearchUrl().isBlank()) {
                    throw new IllegalArgumentException("--store opensearch needs --opensearch-url (or MARSAD_OPENSEARCH_URL)");
                }
                yield OpenSearchArchiveStore.open(OpenSearchSettings.of(c.opensearchUrl()).withIndex(c.index()));
            }
        };
    }
}
