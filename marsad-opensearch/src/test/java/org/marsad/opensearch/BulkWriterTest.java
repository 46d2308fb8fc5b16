package org.marsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The bulk writer against a loopback stand-in for the {@code _bulk} endpoint that is busy on demand:
 * whole requests answered 429, single items answered 429, a document rejected for good.
 */
class BulkWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private OpenSearchTransport transport;
    /** What the stand-in does with each request, in turn: "busy", "item-busy" (every second item) or "ok". */
    private final List<String> script = Collections.synchronizedList(new ArrayList<>());
    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger requests = new AtomicInteger();

    private BulkWriter writer(int maxBytes, int retries) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/idx/_bulk", ex -> {
            requests.incrementAndGet();
            String mode = script.isEmpty() ? "ok" : script.remove(0);
            String[] lines = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            byte[] out;
            int status = 200;
            if (mode.equals("busy")) {
                status = 429;
                out = "{\"error\":\"es_rejected_execution_exception\"}".getBytes(StandardCharsets.UTF_8);
            } else {
                ObjectNode r = JSON.createObjectNode();
                ArrayNode items = r.putArray("items");
                boolean errors = false;
                int n = 0;
                for (int i = 0; i < lines.length; i++) {
                    JsonNode meta = JSON.readTree(lines[i]);
                    String op = meta.fieldNames().next();
                    String id = meta.get(op).get("_id").asText();
                    if (op.equals("index")) {
                        i++;
                    }
                    ObjectNode item = items.addObject().putObject(op);
                    item.put("_id", id);
                    if (id.startsWith("bad")) {
                        item.put("status", 400).putObject("error").put("type", "mapper_parsing_exception");
                        errors = true;
                    } else if (mode.equals("item-busy") && n++ % 2 == 1) {
                        item.put("status", 429).putObject("error").put("type", "es_rejected_execution_exception");
                        errors = true;
                    } else {
                        item.put("status", 201).put("result", "created");
                        accepted.add(id);
                    }
                }
                r.put("errors", errors);
                out = r.toString().getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        transport = ApacheHttpClient5TransportBuilder.builder(new HttpHost("http", "127.0.0.1", server.getAddress().getPort()))
                .setMapper(new JacksonJsonpMapper()).build();
        return new BulkWriter(new OpenSearchGenericClient(transport), "idx", maxBytes, retries, 1);
    }

    @AfterEach
    void stop() throws IOException {
        if (transport != null) {
            transport.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static ObjectNode doc(int i) {
        return JSON.createObjectNode().put("n", i);
    }

    @Test
    void busyRequestsAndBusyItemsAreSentAgainUntilEveryDocumentIsIn() throws IOException {
        BulkWriter w = writer(1 << 20, 5);
        script.addAll(List.of("busy", "item-busy", "busy", "ok"));
        for (int i = 0; i < 10; i++) {
            w.index("d" + i, doc(i));
        }
        w.flush();
        assertThat(accepted).containsExactlyInAnyOrder("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9");
        // 10 sent again after the busy request, then the 5 busy items twice (busy request, then ok)
        assertThat(w.retried()).isEqualTo(20);
        assertThat(requests.get()).isEqualTo(4);
    }

    @Test
    void requestsStayUnderTheByteLimit() throws IOException {
        BulkWriter w = writer(200, 0);
        for (int i = 0; i < 20; i++) {
            w.index("d" + i, doc(i));
        }
        w.flush();
        assertThat(accepted).hasSize(20);
        assertThat(requests.get()).isGreaterThan(3);
    }

    @Test
    void aRejectedDocumentIsAnErrorNamingItAndRetriesAreBounded() throws IOException {
        BulkWriter w = writer(1 << 20, 2);
        w.index("bad-1", doc(1));
        assertThatThrownBy(w::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("bad-1");
        script.addAll(List.of("busy", "busy", "busy", "busy"));
        w.index("d1", doc(1));
        assertThatThrownBy(w::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("after 2 retries");
    }
}
