package org.marsad.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Sends index and delete operations in {@code _bulk} requests of bounded size, one request in flight:
 * the caller blocks while the cluster works, which is the back-pressure. Operations the cluster
 * rejects as overloaded (429) or failed transiently (5xx, connection errors) are sent again, alone,
 * after an exponential pause; any other rejection is an error naming the document.
 */
final class BulkWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchGenericClient client;
    private final String index;
    private final int maxBytes;
    private final int maxRetries;
    private final long firstPauseMillis;
    private final List<Op> pending = new ArrayList<>();
    private int pendingBytes;
    private long retried;

    private record Op(String id, byte[] line) {
    }

    BulkWriter(OpenSearchGenericClient client, String index, int maxBytes, int maxRetries, long firstPauseMillis) {
        this.client = client;
        this.index = index;
        this.maxBytes = maxBytes;
        this.maxRetries = maxRetries;
        this.firstPauseMillis = firstPauseMillis;
    }

    void index(String id, ObjectNode doc) {
        ObjectNode meta = JSON.createObjectNode();
        meta.putObject("index").put("_id", id);
        add(new Op(id, (meta + "\n" + doc + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    void delete(String id) {
        ObjectNode meta = JSON.createObjectNode();
        meta.putObject("delete").put("_id", id);
        add(new Op(id, (meta + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    private void add(Op op) {
        if (!pending.isEmpty() && pendingBytes + op.line.length > maxBytes) {
            flush();
        }
        pending.add(op);
        pendingBytes += op.line.length;
    }

    /** Sends what is pending and returns when every operation is accepted. */
    void flush() {
        List<Op> ops = new ArrayList<>(pending);
        pending.clear();
        pendingBytes = 0;
        for (int attempt = 0; !ops.isEmpty(); attempt++) {
            if (attempt > 0) {
                if (attempt > maxRetries) {
                    throw new UncheckedIOException(new IOException("OpenSearch kept rejecting " + ops.size()
                            + " operations (first: " + ops.get(0).id + ") after " + maxRetries + " retries"));
                }
                retried += ops.size();
                pause(attempt);
            }
            ops = send(ops);
        }
    }

    /** Operations sent again because the cluster was busy or failed transiently. */
    long retried() {
        return retried;
    }

    /** Sends one bulk request; returns the operations to try again. */
    private List<Op> send(List<Op> ops) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Op op : ops) {
            body.writeBytes(op.line);
        }
        JsonNode result;
        try (Response r = client.execute(Requests.create("POST", "/" + index + "/_bulk", List.of(), Map.of(),
                Body.from(body.toByteArray(), "application/x-ndjson")))) {
            if (r.getStatus() == 429 || r.getStatus() >= 500) {
                return ops;
            }
            String text = r.getBody().map(Body::bodyAsString).orElse("");
            if (r.getStatus() >= 300) {
                throw new UncheckedIOException(new IOException("bulk request to " + index + " failed: " + r.getStatus()
                        + " " + abbreviate(text)));
            }
            result = JSON.readTree(text);
        } catch (ResponseException e) {
            // the transport raises error statuses instead of returning them
            int status = e.status();
            if (status == 429 || status >= 500) {
                return ops;
            }
            throw new UncheckedIOException(new IOException("bulk request to " + index + " failed: " + status + " "
                    + abbreviate(e.getMessage())));
        } catch (java.net.ConnectException | org.apache.hc.core5.http.ConnectionClosedException e) {
            return ops;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!result.path("errors").asBoolean()) {
            return List.of();
        }
        List<Op> again = new ArrayList<>();
        JsonNode items = result.path("items");
        for (int i = 0; i < ops.size(); i++) {
            JsonNode item = items.get(i).elements().next();
            int status = item.path("status").asInt();
            if (status == 429 || status >= 500) {
                again.add(ops.get(i));
            } else if (status >= 300 && !(status == 404 && item.has("result"))) {
                // a delete of a missing document answers 404 with result "not_found": that is fine
                throw new UncheckedIOException(new IOException("OpenSearch rejected document " + ops.get(i).id + ": "
                        + abbreviate(item.path("error").toString())));
            }
        }
        return again;
    }

    private void pause(int attempt) {
        long millis = Math.min(30_000, firstPauseMillis << Math.min(attempt - 1, 10));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a bulk request", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500) + "…";
    }
}
