package org.marsad.server;

import java.time.Duration;

/**
 * Limits and secrets of one server.
 *
 * @param writeToken      the token write endpoints require ({@code Authorization: Bearer …})
 * @param maxAnalyzeBytes largest body {@code POST /api/analyze} accepts
 * @param maxIngestBytes  largest body {@code POST /api/ingest} accepts
 * @param refreshEvery    how often to look for commits of another process (a running {@code marsad ingest})
 */
public record ServerConfig(String writeToken, long maxAnalyzeBytes, long maxIngestBytes, Duration refreshEvery) {
    public static final long DEFAULT_ANALYZE_BYTES = 1 << 20;
    public static final long DEFAULT_INGEST_BYTES = 32L << 20;

    public ServerConfig {
        if (writeToken == null || writeToken.length() < 8) {
            throw new IllegalArgumentException("the write token must have at least 8 characters");
        }
    }

    public static ServerConfig withToken(String token) {
        return new ServerConfig(token, DEFAULT_ANALYZE_BYTES, DEFAULT_INGEST_BYTES, Duration.ofSeconds(2));
    }
}
