package org.marsad.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.index.ArchiveStore;
import org.marsad.index.ingest.Ingester;
import org.marsad.io.ArticleReader;
import org.marsad.io.InputProblem;
import org.marsad.pipeline.Pipeline;

/**
 * {@code POST /api/ingest} (token required): JSONL articles (or one JSON object or array) analysed and
 * stored, replacing earlier versions by id; committed before the answer. One ingest at a time.
 */
final class IngestController {
    private final ArchiveStore store;
    private final Pipeline pipeline;
    private final long maxBytes;

    IngestController(ArchiveStore store, Pipeline pipeline, long maxBytes) {
        this.store = store;
        this.pipeline = pipeline;
        this.maxBytes = maxBytes;
    }

    record Result(long read, long indexed, long unchanged, long failed, List<String> problems) {
    }

    synchronized void ingest(Context ctx) {
        byte[] body = Params.body(ctx, maxBytes);
        List<String> problems = new ArrayList<>();
        Ingester in = new Ingester(store, pipeline, Ingester.Options.defaults().withCommitInterval(Duration.ofMinutes(10))
                .withForce(new Params(ctx).bool("force", false)), new Ingester.Listener() {
                    @Override
                    public synchronized void problem(InputProblem problem) {
                        problems.add(problem.toString());
                    }
                });
        Ingester.Progress p;
        try {
            String type = ctx.contentType() == null ? "" : ctx.contentType();
            ArticleReader.Format f = type.startsWith("application/json") ? ArticleReader.Format.JSON
                    : ArticleReader.Format.JSONL;
            new ArticleReader(null, (int) Math.min(Integer.MAX_VALUE, maxBytes))
                    .readStream(new ByteArrayInputStream(body), "request", f, in);
            p = in.finish();
        } finally {
            store.release();
        }
        if (p.read() == 0 && !problems.isEmpty()) {
            ctx.status(400).json(Map.of("status", 400, "error", "bad_request", "message", "no article could be read",
                    "problems", problems));
            return;
        }
        ctx.json(new Result(p.read(), p.indexed(), p.unchanged(), p.failed(), problems));
    }
}
