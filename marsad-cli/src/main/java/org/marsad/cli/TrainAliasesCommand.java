package org.marsad.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entities.AliasCatalog;
import org.marsad.entities.AliasMiner;
import org.marsad.entities.ArticleEntityLinker;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityMention;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.AnalysisRunner;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "aliases", mixinStandardHelpOptions = true,
        description = {"Learn entity aliases from a news corpus: bare surnames tied to one full name across "
                + "articles, and spellings of a full name a long vowel apart. Writes a catalog file of link-only "
                + "names (docs/entities.md) that ships beside the curated catalog.",
            "Reproducible: the same corpus and options give the same file."})
final class TrainAliasesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Corpus files or directories (default: ../shared/data/corpus).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "0", description = "Read at most N articles (default: all).")
    int limit;

    @Option(names = "--min-articles", defaultValue = "3",
            description = "Articles a surname needs with its full name (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Option(names = "--share", defaultValue = "0.8",
            description = "Share of a surname's articles its full name must hold (default: ${DEFAULT-VALUE}).")
    double share;

    @Option(names = "--out", defaultValue = "marsad-core/src/main/resources/org/marsad/entities/learned-aliases.tsv",
            description = "Catalog file to write (default: ${DEFAULT-VALUE}); '-' prints it.")
    String out;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Override
    public Integer call() throws Exception {
        List<Path> from = paths.isEmpty() ? List.of(Path.of("..", "shared", "data", "corpus")) : paths;
        for (Path p : from) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("marsad train aliases: no such corpus: " + p);
                return ExitCodes.FAILURE;
            }
        }
        Pipeline pipeline = Pipeline.standard();
        ArticleEntityLinker curated = new ArticleEntityLinker(AliasCatalog.curatedBuilder().build());
        AliasMiner miner = new AliasMiner(curated.catalog());
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        PrintWriter err = spec.commandLine().getErr();
        AnalysisRunner runner = new AnalysisRunner(pipeline, n, false, a -> {
            // link again with the curated catalog alone, so what was learned before does not feed itself
            List<EntityMention> ms = new ArrayList<>();
            for (Entity e : a.entities()) {
                for (TextSpan s : e.mentions()) {
                    ms.add(new EntityMention(s, e.type()));
                }
            }
            ms.sort(Comparator.comparing((EntityMention m) -> m.span().field()).thenComparingInt(m -> m.span().start()));
            miner.add(curated.link(pipeline.analyzeText(a.article()), ms));
        }, p -> { });
        try (runner) {
            ArticleSink sink = new ArticleSink() {
                long seen;

                @Override
                public void article(Article article) {
                    if (limit <= 0 || seen < limit) {
                        seen++;
                        runner.article(article);
                    }
                }

                @Override
                public void problem(InputProblem problem) {
                }
            };
            new ArticleReader().read(from, sink);
            runner.finish();
        }
        List<AliasMiner.Alias> aliases = miner.aliases(minArticles, share);
        String provenance = miner.articles() + " articles of " + from + ", min-articles " + minArticles + ", share " + share;
        if (out.equals("-")) {
            PrintWriter w = spec.commandLine().getOut();
            AliasMiner.write(aliases, "learned", provenance, w);
            w.flush();
        } else {
            Path p = Path.of(out);
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                AliasMiner.write(aliases, "learned", provenance, w);
            }
            err.printf("marsad train aliases: %d aliases from %d articles written to %s%n", aliases.size(), miner.articles(), p);
        }
        return ExitCodes.OK;
    }
}
