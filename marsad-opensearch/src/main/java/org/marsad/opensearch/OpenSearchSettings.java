package org.marsad.opensearch;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * Where the archive's OpenSearch cluster is and how to write to it.
 *
 * @param urls             one or more nodes ({@code http://127.0.0.1:9200}); requests go round-robin
 * @param index            the index name
 * @param shards           primary shards of a newly created index
 * @param replicas         replicas of a newly created index
 * @param bulkBytes        largest bulk request body
 * @param maxRetries       how often an operation the cluster rejects as busy is sent again
 * @param retryPauseMillis first pause before a retry; doubles each time
 */
public record OpenSearchSettings(List<URI> urls, String index, int shards, int replicas, int bulkBytes, int maxRetries,
                                 long retryPauseMillis) {
    public static final String DEFAULT_INDEX = "marsad-archive-v1";

    public OpenSearchSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no OpenSearch URL given");
        }
        for (URI u : urls) {
            if (u.getHost() == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL of an OpenSearch node: " + u);
            }
        }
        if (index == null || index.isBlank() || !index.equals(index.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("an OpenSearch index name is lower-case and not blank: " + index);
        }
        if (shards < 1 || replicas < 0 || bulkBytes < 1024 || maxRetries < 0 || retryPauseMillis < 0) {
            throw new IllegalArgumentException("bad OpenSearch settings: shards " + shards + ", replicas " + replicas
                    + ", bulk bytes " + bulkBytes + ", retries " + maxRetries);
        }
    }

    /** Comma-separated node URLs, default index, one shard, no replica, 5 MB bulks, 8 retries from 200 ms. */
    public static OpenSearchSettings of(String urls) {
        return new OpenSearchSettings(Arrays.stream(urls.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(URI::create).toList(), DEFAULT_INDEX, 1, 0, 5 << 20, 8, 200);
    }

    public OpenSearchSettings withIndex(String name) {
        return new OpenSearchSettings(urls, name, shards, replicas, bulkBytes, maxRetries, retryPauseMillis);
    }

    public OpenSearchSettings withShards(int s, int r) {
        return new OpenSearchSettings(urls, index, s, r, bulkBytes, maxRetries, retryPauseMillis);
    }
}
