package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.index.ArchiveBusyException;
import org.marsad.index.ArchiveStore;
import org.marsad.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the HTTP API in one place: routes, error mapping, limits, the write token and the web page.
 * {@link #create} returns an app that is not started, so tests and the CLI choose where it listens.
 */
public final class MarsadServer {
    private static final Logger LOG = LoggerFactory.getLogger(MarsadServer.class);
    static final String WEB_ROOT = "/web";

    private MarsadServer() {
    }

    public static Javalin create(ArchiveStore store, Pipeline pipeline, ServerConfig config) {
        ArchiveController archive = new ArchiveController(store);
        AnalyzeController analyze = new AnalyzeController(pipeline, config.maxAnalyzeBytes());
        IngestController ingest = new IngestController(store, pipeline, config.maxIngestBytes());
        String openapi = resource("/org/marsad/server/openapi.json");
        boolean web = MarsadServer.class.getResource(WEB_ROOT + "/index.html") != null;
        AtomicLong lastRefresh = new AtomicLong(System.nanoTime());
        long refreshNanos = config.refreshEvery().toNanos();

        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(ArchiveJson.mapper(), false));
            cfg.http.maxRequestSize = Math.max(config.maxAnalyzeBytes(), config.maxIngestBytes());
            cfg.router.ignoreTrailingSlashes = true;
            if (web) {
                cfg.staticFiles.add(WEB_ROOT, Location.CLASSPATH);
            }

            cfg.routes.before("/api/*", ctx -> {
                // pick up commits of a separate 'marsad ingest' now and then; cheap when nothing changed
                long now = System.nanoTime();
                long last = lastRefresh.get();
                if (now - last > refreshNanos && lastRefresh.compareAndSet(last, now)) {
                    store.refresh();
                }
            });
            cfg.routes.get("/api/search", archive::search);
            cfg.routes.get("/api/articles/{id}", archive::article);
            cfg.routes.get("/api/entities", archive::entities);
            cfg.routes.get("/api/entities/{key}", archive::entity);
            cfg.routes.get("/api/quotes", archive::quotes);
            cfg.routes.get("/api/timeline", archive::timeline);
            cfg.routes.get("/api/stats", archive::stats);
            cfg.routes.post("/api/analyze", analyze::analyze);
            cfg.routes.post("/api/ingest", ctx -> {
                requireToken(ctx, config.writeToken());
                ingest.ingest(ctx);
            });
            cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
            if (web) {
                // the page's own addresses (/article/…, /entity/…, /quotes) are its index page
                for (String path : new String[] {"/article/{id}", "/entity/{key}", "/quotes", "/search", "/analyze"}) {
                    cfg.routes.get(path, MarsadServer::indexPage);
                }
            } else {
                cfg.routes.get("/", ctx -> ctx.contentType("text/plain; charset=utf-8")
                        .result("Marsad archive API: see /openapi.json\n"));
            }

            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad_request",
                    e.getMessage()));
            cfg.routes.exception(ArchiveBusyException.class, (e, ctx) -> error(ctx, 409, "busy", e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "payload_too_large" : "http_" + e.getStatus(), e.getMessage()));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal_error", "the server failed on this request; see its log");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute("marsad.error") == null) {
                    error(ctx, 404, "not_found", "no such endpoint: " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    private static void requireToken(Context ctx, String token) {
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip()
                : ctx.header("X-Marsad-Token");
        if (given == null || given.isEmpty()) {
            throw new ApiException(401, "unauthorized", "this endpoint needs the write token: "
                    + "'Authorization: Bearer TOKEN' (see 'marsad serve' output or $" + WriteToken.ENV + ")");
        }
        if (!WriteToken.matches(token, given)) {
            throw new ApiException(403, "forbidden", "wrong write token");
        }
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.attribute("marsad.error", code);
        ctx.status(status).json(new ApiError(status, code, message));
    }

    private static void indexPage(Context ctx) {
        try (InputStream in = MarsadServer.class.getResourceAsStream(WEB_ROOT + "/index.html")) {
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = MarsadServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
