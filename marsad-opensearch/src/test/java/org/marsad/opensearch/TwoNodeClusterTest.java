package org.marsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.Fixtures;
import org.marsad.index.QuoteQuery;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.io.ArticleReader;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.sample.SampleCorpus;

/**
 * A real two-node OpenSearch cluster on loopback ports: the archive spread over two shards with a
 * replica each answers like the embedded store, and keeps answering from the replicas when one node
 * goes down.
 */
@Tag("opensearch")
class TwoNodeClusterTest {
    @Test
    void shardsAndReplicasOnTwoNodesAnswerLikeTheEmbeddedStoreAndSurviveANodeLoss(@TempDir Path dir) throws Exception {
        assumeTrue(OpenSearchCluster.home() != null, "run with -Popensearch");
        List<Analysis> analyses = new ArrayList<>(Fixtures.all());
        List<Article> articles = new ArrayList<>();
        SampleCorpus.read(new ArticleReader(), new ArticleReader.Result(articles, new ArrayList<>()));
        Pipeline p = Pipeline.standard();
        articles.stream().skip(1000).limit(150).map(p::analyze).forEach(analyses::add);
        try (OpenSearchCluster cluster = OpenSearchCluster.start(2);
             LuceneArchiveStore lucene = LuceneArchiveStore.open(dir, 16)) {
            lucene.put(analyses);
            lucene.commit();
            OpenSearchSettings settings = OpenSearchSettings.of(cluster.urls()).withIndex("marsad-two").withShards(2, 1);
            try (OpenSearchArchiveStore os = OpenSearchArchiveStore.open(settings)) {
                os.put(analyses);
                os.commit();
                // replicas may still be copying on a busy machine: wait until every shard has started
                get(cluster.url(0) + "/_cluster/health/marsad-two?wait_for_status=green&timeout=120s");
                JsonNode shards = get(cluster.url(0) + "/_cat/shards/marsad-two?format=json");
                Set<String> nodes = new HashSet<>();
                shards.forEach(s -> {
                    assertThat(s.path("state").asText()).isEqualTo("STARTED");
                    nodes.add(s.path("node").asText());
                });
                assertThat(shards).hasSize(4);
                assertThat(nodes).containsExactlyInAnyOrder("n1", "n2");
                ArchiveComparison c = new ArchiveComparison(lucene, os);
                for (String q : List.of("", "تونس", "امريكا", "\"الولايات المتحدة\"", "الحكومة")) {
                    c.search(q);
                }
                c.quotes(QuoteQuery.bySpeaker(Fixtures.PESKOV));
                c.entity(Fixtures.PESKOV);
                c.stats();
            }
            cluster.stopNode(1);
            // the first node alone still holds a copy of every shard
            try (OpenSearchArchiveStore os = OpenSearchArchiveStore.open(OpenSearchSettings.of(cluster.url(0))
                    .withIndex("marsad-two"))) {
                ArchiveComparison c = new ArchiveComparison(lucene, os);
                c.search("تونس");
                c.entity(Fixtures.PESKOV);
                assertThat(os.stats().articles()).isEqualTo(analyses.size());
            }
        }
    }

    private static JsonNode get(String url) throws IOException {
        try (InputStream in = URI.create(url).toURL().openStream()) {
            return new ObjectMapper().readTree(in);
        }
    }
}
