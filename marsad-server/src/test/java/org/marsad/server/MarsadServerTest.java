package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.Fixtures;
import org.marsad.index.lucene.LuceneArchiveStore;
import org.marsad.pipeline.Pipeline;

/** The API on a real server on a random loopback port, over a fixture archive. */
class MarsadServerTest {
    private static final String TOKEN = "test-token-123456";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static LuceneArchiveStore store;
    static Javalin app;
    static HttpClient http;
    static String base;

    @BeforeAll
    static void start() {
        store = LuceneArchiveStore.open(dir, 16);
        store.put(Fixtures.all());
        store.release();
        ServerConfig cfg = new ServerConfig(TOKEN, 4096, 64 * 1024, java.time.Duration.ofMillis(100));
        app = MarsadServer.create(store, Pipeline.standard(), cfg).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String type, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchReturnsHitsFacetsAndPages() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("امريكا") + "&limit=2");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.at("/hits/total").asLong()).isEqualTo(3);
        assertThat(body.at("/hits/items")).hasSize(2);
        assertThat(body.at("/hits/items/0/published").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(body.at("/hits/items/0/highlights")).isNotEmpty();
        assertThat(body.at("/facets/places/0/count").asLong()).isPositive();

        JsonNode filtered = json(get("/api/search?entity=" + Fixtures.TUNISIA + "&from=2017-01-01&to=2017-12-31"));
        assertThat(filtered.at("/hits/items/0/id").asText()).isEqualTo("a3");
        assertThat(filtered.at("/hits/total").asLong()).isEqualTo(1);
    }

    @Test
    void badParametersAreClear400s() throws Exception {
        for (String q : new String[] {"limit=1000", "limit=abc", "from=yesterday", "sort=random", "facets=maybe",
            "from=2018-02-01&to=2018-01-01"}) {
            HttpResponse<String> r = get("/api/search?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(json(r).path("error").asText()).as(q).isEqualTo("bad_request");
            assertThat(json(r).path("message").asText()).as(q).isNotBlank();
        }
        assertThat(json(get("/api/search?limit=abc")).path("message").asText()).contains("limit");
        assertThat(get("/api/quotes?stance=shout").statusCode()).isEqualTo(400);
    }

    @Test
    void articleComesBackAsTheContractOr404() throws Exception {
        HttpResponse<String> r = get("/api/articles/a1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(r).path("id").asText()).isEqualTo("a1");
        assertThat(json(r).path("entities")).hasSize(3);
        HttpResponse<String> missing = get("/api/articles/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).path("error").asText()).isEqualTo("not_found");
        assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void entityPageSuggestionsQuotesAndTimeline() throws Exception {
        JsonNode e = json(get("/api/entities/" + Fixtures.PESKOV));
        assertThat(e.path("latin").asText()).isEqualTo("Dmitry Peskov");
        assertThat(e.at("/quotes/items")).hasSize(2);
        assertThat(e.path("cooccurring").get(0).path("key").asText()).isEqualTo(Fixtures.USA);
        assertThat(get("/api/entities/nobody").statusCode()).isEqualTo(404);

        JsonNode s = json(get("/api/entities?prefix=pes"));
        assertThat(s.at("/entities/0/key").asText()).isEqualTo(Fixtures.PESKOV);

        JsonNode q = json(get("/api/quotes?speaker=" + enc("بيسكوف") + "&from=2018-01-01"));
        assertThat(q.path("total").asLong()).isEqualTo(1);
        assertThat(q.at("/items/0/speakerKey").asText()).isEqualTo(Fixtures.PESKOV);
        assertThat(json(get("/api/quotes?about=" + Fixtures.USA)).path("total").asLong()).isEqualTo(3);

        JsonNode t = json(get("/api/timeline?interval=year"));
        assertThat(t.at("/buckets/0/period").asText()).isEqualTo("2017");
        assertThat(t.at("/buckets/1/count").asLong()).isEqualTo(2);
        assertThat(json(get("/api/stats")).path("articles").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void analyzeReturnsTheContractWithoutStoring() throws Exception {
        HttpResponse<String> r = post("/api/analyze", "application/json",
                "{\"id\":\"x-analyze\",\"title\":\"عنوان\",\"text\":\"قال الرئيس إن الوضع مستقر.\"}", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode a = json(r);
        assertThat(a.path("id").asText()).isEqualTo("x-analyze");
        assertThat(a.path("sentences").size()).isGreaterThanOrEqualTo(2);
        assertThat(get("/api/articles/x-analyze").statusCode()).isEqualTo(404);

        HttpResponse<String> plain = post("/api/analyze", "text/plain; charset=utf-8", "عنوان\nنص الخبر.", null);
        assertThat(json(plain).path("title").asText()).isEqualTo("عنوان");

        HttpResponse<String> bad = post("/api/analyze", "application/json", "{\"title\":\"x\"}", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("message").asText()).contains("text");

        HttpResponse<String> big = post("/api/analyze", "text/plain", "x".repeat(5000), null);
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).path("error").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void ingestNeedsTheTokenAndStoresArticles() throws Exception {
        String jsonl = "{\"id\":\"web-1\",\"title\":\"خبر عن الزراعة\",\"text\":\"موسم الحصاد في الشمال\",\"published\":\"2019-06-01\"}\n"
                + "not json\n";
        assertThat(post("/api/ingest", "application/x-ndjson", jsonl, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/ingest", "application/x-ndjson", jsonl, "wrong-token").statusCode()).isEqualTo(403);
        assertThat(get("/api/articles/web-1").statusCode()).isEqualTo(404);

        HttpResponse<String> ok = post("/api/ingest", "application/x-ndjson", jsonl, TOKEN);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).path("indexed").asLong()).isEqualTo(1);
        assertThat(json(ok).path("problems")).hasSize(1);
        assertThat(get("/api/articles/web-1").statusCode()).isEqualTo(200);
        assertThat(json(get("/api/search?q=" + enc("الحصاد"))).at("/hits/items/0/id").asText()).isEqualTo("web-1");

        HttpResponse<String> again = post("/api/ingest", "application/x-ndjson", jsonl, TOKEN);
        assertThat(json(again).path("unchanged").asLong()).isEqualTo(1);

        HttpResponse<String> big = post("/api/ingest", "application/x-ndjson", "x".repeat(70 * 1024), TOKEN);
        assertThat(big.statusCode()).isEqualTo(413);
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        HttpResponse<String> r = get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json(r);
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        for (String p : new String[] {"/api/search", "/api/articles/{id}", "/api/entities/{key}", "/api/entities",
            "/api/quotes", "/api/timeline", "/api/stats", "/api/analyze", "/api/ingest"}) {
            assertThat(doc.path("paths").has(p)).as(p).isTrue();
        }
    }
}
