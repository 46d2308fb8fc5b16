package org.marsad.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import org.marsad.io.AnalysisJson;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/**
 * {@code POST /api/analyze}: one article in (a JSON object with {@code text}, optional {@code title},
 * {@code published}, … or plain text whose first line is the headline), its analysis contract out.
 * Nothing is stored.
 */
final class AnalyzeController {
    private final Pipeline pipeline;
    private final long maxBytes;

    AnalyzeController(Pipeline pipeline, long maxBytes) {
        this.pipeline = pipeline;
        this.maxBytes = maxBytes;
    }

    void analyze(Context ctx) {
        byte[] body = Params.body(ctx, maxBytes);
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        ArticleReader.Format format = type.startsWith("text/plain") ? ArticleReader.Format.TEXT : ArticleReader.Format.JSON;
        ArticleReader.Result r = new ArticleReader.Result(new java.util.ArrayList<>(), new java.util.ArrayList<>());
        new ArticleReader(null, (int) maxBytes).readStream(new ByteArrayInputStream(body), "request", format, r);
        if (!r.problems().isEmpty()) {
            throw ApiException.badRequest(r.problems().get(0).toString());
        }
        if (r.articles().size() != 1) {
            throw ApiException.badRequest("expected one article, got " + r.articles().size());
        }
        Article a = r.articles().get(0);
        if ("request".equals(a.id())) {
            a = new Article("analyzed", a.title(), a.text(), a.published(), a.source(), a.url(), a.metadata());
        }
        ctx.contentType("application/json; charset=utf-8").result(AnalysisJson.toJson(pipeline.analyze(a), false));
    }
}
