package org.marsad.server;

import io.javalin.http.Context;
import java.util.Map;
import org.marsad.index.ArchiveStore;
import org.marsad.index.EntityPageOptions;
import org.marsad.index.Filters;
import org.marsad.index.QuoteQuery;
import org.marsad.index.SearchQuery;
import org.marsad.index.TimelineQuery;
import org.marsad.model.Stance;

/** Read endpoints of the archive: each parses its parameters, asks the store, and answers JSON. */
final class ArchiveController {
    private final ArchiveStore store;

    ArchiveController(ArchiveStore store) {
        this.store = store;
    }

    private static Filters filters(Params p) {
        return new Filters(p.strings("entity"), p.strings("speaker"), p.strings("source"), p.strings("category"),
                p.date("from"), p.date("to"));
    }

    void search(Context ctx) {
        Params p = new Params(ctx);
        SearchQuery q = new SearchQuery(p.string("q"), filters(p), p.choice("sort", SearchQuery.Sort.class,
                SearchQuery.Sort.RELEVANCE), p.integer("offset", 0, 0, SearchQuery.MAX_OFFSET),
                p.integer("limit", 10, 0, SearchQuery.MAX_LIMIT), p.bool("facets", true));
        ctx.json(store.search(q));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        String json = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"))
                .analysisJson();
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    void entity(Context ctx) {
        Params p = new Params(ctx);
        String key = ctx.pathParam("key");
        EntityPageOptions o = new EntityPageOptions(p.choice("interval", TimelineQuery.Interval.class,
                TimelineQuery.Interval.MONTH), p.integer("quoteOffset", 0, 0, SearchQuery.MAX_OFFSET),
                p.integer("quoteLimit", 20, 0, SearchQuery.MAX_LIMIT), p.integer("related", 15, 0, 100));
        ctx.json(store.entity(key, o).orElseThrow(() -> ApiException.notFound("no entity with key '" + key + "'")));
    }

    void entities(Context ctx) {
        Params p = new Params(ctx);
        ctx.json(Map.of("entities", store.suggestEntities(p.string("prefix"), p.integer("limit", 10, 1,
                SearchQuery.MAX_LIMIT))));
    }

    void quotes(Context ctx) {
        Params p = new Params(ctx);
        QuoteQuery q = new QuoteQuery(p.string("speaker"), p.string("about"), p.string("q"), p.string("source"),
                p.choice("stance", Stance.class, null), p.date("from"), p.date("to"),
                p.integer("offset", 0, 0, SearchQuery.MAX_OFFSET), p.integer("limit", 20, 0, SearchQuery.MAX_LIMIT));
        ctx.json(store.quotes(q));
    }

    void timeline(Context ctx) {
        Params p = new Params(ctx);
        TimelineQuery q = new TimelineQuery(p.string("q"), filters(p), p.choice("interval",
                TimelineQuery.Interval.class, TimelineQuery.Interval.MONTH));
        ctx.json(Map.of("interval", q.interval().name().toLowerCase(java.util.Locale.ROOT),
                "buckets", store.timeline(q)));
    }

    void stats(Context ctx) {
        ctx.json(store.stats());
    }
}
