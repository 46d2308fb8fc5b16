package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.index.ArchiveStore;
import org.marsad.opensearch.ArchiveStores;
import picocli.CommandLine.Option;

/**
 * Where the archive lives: {@code --data DIR}, else {@code $MARSAD_DATA}, else {@code ./marsad-data};
 * or, with {@code --store opensearch} (or {@code $MARSAD_STORE}), an OpenSearch cluster (docs/opensearch.md).
 */
final class DataOptions {
    static final String ENV = "MARSAD_DATA";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Archive directory (default: $MARSAD_DATA, else ./marsad-data).")
    Path data;

    @Option(names = "--store", paramLabel = "KIND",
            description = "Archive back end: lucene (embedded, in --data) or opensearch (default: $MARSAD_STORE, else lucene).")
    String store;

    @Option(names = "--opensearch-url", paramLabel = "URL[,URL...]",
            description = "OpenSearch nodes for --store opensearch (default: $MARSAD_OPENSEARCH_URL).")
    String opensearchUrl;

    @Option(names = "--opensearch-index", paramLabel = "NAME",
            description = "OpenSearch index (default: $MARSAD_OPENSEARCH_INDEX, else marsad-archive-v1).")
    String opensearchIndex;

    Path dir() {
        if (data != null) {
            return data;
        }
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("marsad-data");
    }

    private ArchiveStores.Config config() {
        return new ArchiveStores.Config(store == null ? null : ArchiveStores.parse(store), dir(), opensearchUrl,
                opensearchIndex).resolve(System.getenv());
    }

    /** Whether the archive is the embedded one in {@link #dir()}. */
    boolean embedded() {
        return config().kind() == ArchiveStores.Kind.LUCENE;
    }

    /** Opens the archive these options name. */
    ArchiveStore open() {
        return ArchiveStores.open(config());
    }
}
