package org.marsad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.entities.AliasCatalog;
import org.marsad.entities.ArticleEntityLinker;
import org.marsad.entities.CorpusEntities;
import org.marsad.io.AnalysisJson;
import org.marsad.model.Analysis;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.AnalysisRunner;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"List the people, organizations and places of a corpus: one line per entity key, with the "
                + "number of articles and mentions, the spellings seen, the Latin name and the titles (docs/entities.md).",
            "Exit status: 0 all input read, 1 some input rejected (reported on stderr), 2 usage error, 3 failure."})
final class EntitiesCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
    Format format;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Also use this alias catalog (the format of docs/entities.md); may be repeated.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--min-articles", defaultValue = "1", description = "Only entities seen in at least N articles (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Option(names = "--limit", defaultValue = "0", description = "List at most N entities (default: all).")
    int limit;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        ArticleEntityLinker relinker = null;
        if (!catalogs.isEmpty()) {
            AliasCatalog.Builder b = AliasCatalog.standardBuilder();
            for (Path p : catalogs) {
                b.read(p);
            }
            relinker = new ArticleEntityLinker(b.build());
        }
        ArticleEntityLinker linker = relinker;
        CorpusEntities corpus = new CorpusEntities();
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AnalysisRunner runner = new AnalysisRunner(pipeline, n, false,
                a -> corpus.add(linker == null ? a.entities() : relink(pipeline, linker, a)),
                p -> InputOptions.report(spec.commandLine().getErr(), p));
        try (runner) {
            input.read(runner);
            runner.finish();
        }
        List<CorpusEntities.Summary> list = corpus.summaries(minArticles);
        if (limit > 0 && list.size() > limit) {
            list = list.subList(0, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            json(list, out);
        } else {
            table(list, corpus.articles(), out);
        }
        out.flush();
        return runner.problems() > 0 ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
    }

    /** Links the entities' mentions again with the user's catalog (the tagger's work is kept). */
    private static List<Entity> relink(Pipeline pipeline, ArticleEntityLinker linker, Analysis a) {
        List<EntityMention> ms = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (TextSpan s : e.mentions()) {
                ms.add(new EntityMention(s, e.type()));
            }
        }
        ms.sort(java.util.Comparator.comparing((EntityMention m) -> m.span().field()).thenComparingInt(m -> m.span().start()));
        return linker.link(pipeline.analyzeText(a.article()), ms);
    }

    private static void table(List<CorpusEntities.Summary> list, long articles, PrintWriter out) {
        out.printf("%d entities in %d articles%n", list.size(), articles);
        out.printf("%-34s %-4s %8s %8s  %-28s %-24s %s%n", "KEY", "TYPE", "ARTICLES", "MENTIONS", "NAME", "LATIN", "VARIANTS");
        for (CorpusEntities.Summary s : list) {
            String variants = s.variants().stream().limit(6).map(c -> c.text() + "×" + c.count())
                    .collect(Collectors.joining(", "));
            out.printf("%-34s %-4s %8d %8d  %-28s %-24s %s%n", s.key(), s.type(), s.articles(), s.mentions(), s.name(),
                    s.latin(), variants);
        }
    }

    private static void json(List<CorpusEntities.Summary> list, PrintWriter out) throws java.io.IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = AnalysisJson.mapper().getFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (CorpusEntities.Summary s : list) {
                g.writeStartObject();
                g.writeStringField("key", s.key());
                g.writeStringField("type", s.type().name());
                g.writeStringField("name", s.name());
                g.writeStringField("latin", s.latin());
                g.writeNumberField("articles", s.articles());
                g.writeNumberField("mentions", s.mentions());
                counts(g, "variants", s.variants());
                counts(g, "titles", s.titles());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println(w);
    }

    private static void counts(JsonGenerator g, String field, List<CorpusEntities.Count> counts) throws java.io.IOException {
        g.writeArrayFieldStart(field);
        for (CorpusEntities.Count c : counts) {
            g.writeStartObject();
            g.writeStringField("text", c.text());
            g.writeNumberField("count", c.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
