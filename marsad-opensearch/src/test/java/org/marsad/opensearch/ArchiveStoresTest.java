package org.marsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArchiveStore;
import org.marsad.index.lucene.LuceneArchiveStore;

class ArchiveStoresTest {
    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of("MARSAD_STORE", "opensearch", "MARSAD_OPENSEARCH_URL", "http://127.0.0.1:9200");
        ArchiveStores.Config none = new ArchiveStores.Config(null, Path.of("d"), null, null);
        assertThat(none.resolve(Map.of()).kind()).isEqualTo(ArchiveStores.Kind.LUCENE);
        ArchiveStores.Config fromEnv = none.resolve(env);
        assertThat(fromEnv.kind()).isEqualTo(ArchiveStores.Kind.OPENSEARCH);
        assertThat(fromEnv.opensearchUrl()).isEqualTo("http://127.0.0.1:9200");
        assertThat(fromEnv.index()).isEqualTo(OpenSearchSettings.DEFAULT_INDEX);
        ArchiveStores.Config given = new ArchiveStores.Config(ArchiveStores.Kind.LUCENE, Path.of("d"), null, "x");
        assertThat(given.resolve(env).kind()).isEqualTo(ArchiveStores.Kind.LUCENE);
        assertThat(given.resolve(env).index()).isEqualTo("x");
    }

    @Test
    void namesAreCheckedWithAClearMessage() {
        assertThat(ArchiveStores.parse(" OpenSearch ")).isEqualTo(ArchiveStores.Kind.OPENSEARCH);
        assertThatThrownBy(() -> ArchiveStores.parse("solr")).hasMessageContaining("lucene or opensearch");
        assertThatThrownBy(() -> OpenSearchSettings.of("ftp://x")).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> OpenSearchSettings.of("http://127.0.0.1:9200").withIndex("Upper"))
                .hasMessageContaining("lower-case");
        assertThat(OpenSearchSettings.of("http://a:9200, http://b:9201").urls()).hasSize(2);
    }

    @Test
    void theEmbeddedStoreOpensInItsDataDirectory(@TempDir Path dir) {
        try (ArchiveStore s = ArchiveStores.open(new ArchiveStores.Config(ArchiveStores.Kind.LUCENE, dir, null, null))) {
            assertThat(s).isInstanceOf(LuceneArchiveStore.class);
            assertThat(s.stats().articles()).isZero();
        }
        assertThatThrownBy(() -> ArchiveStores.open(new ArchiveStores.Config(ArchiveStores.Kind.OPENSEARCH, dir, "", null)))
                .hasMessageContaining("--opensearch-url");
    }
}
