package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.eval.ArticleReport;
import org.marsad.eval.ArticleReport.Capability;
import org.marsad.eval.ArticleScorer;
import org.marsad.eval.ArticleScores;
import org.marsad.eval.GoldArticle;
import org.marsad.eval.GoldSet;
import org.marsad.eval.Prediction;
import org.marsad.eval.PredictionReader;
import org.marsad.eval.Prf;
import org.marsad.pipeline.AnalysisRunner;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Shared body of {@code marsad eval quotes|dates|entities|articles}: score predictions (the standard
 * pipeline run on the gold articles themselves, or a JSONL file) against gold articles with the
 * reference scorer's rules, and print its figures, a breakdown by kind and optionally every error.
 */
abstract class ArticleEvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD",
            description = "Gold articles: a directory of .json files or a .jsonl file (format: docs/accuracy.md).")
    Path gold;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PRED",
            description = "Predictions as JSONL in the analysis contract (e.g. from marsad analyze --format jsonl). "
                    + "Default: run the standard pipeline on the gold articles' title, text and published date.")
    Path predictions;

    @Option(names = "--errors", description = "List every missed, spurious, misattributed or wrongly resolved item.")
    boolean errors;

    @Option(names = "--min-f1", paramLabel = "X",
            description = "Exit with status 1 when a headline F1 of this capability is below X (0..1).")
    Double minF1;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    abstract Set<Capability> capabilities();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<GoldArticle> goldArticles = GoldSet.load(gold);
        List<Prediction> preds = new ArrayList<>();
        if (predictions != null) {
            PredictionReader r = PredictionReader.read(predictions);
            r.skipped().forEach(s -> err.println("marsad eval: skipped " + s));
            preds.addAll(r.predictions());
        } else {
            int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            try (AnalysisRunner runner = new AnalysisRunner(Pipeline.standard(), n, false, a -> preds.add(Prediction.of(a)),
                    p -> err.println("marsad eval: " + p))) {
                for (GoldArticle g : goldArticles) {
                    runner.article(g.article());
                }
                runner.finish();
            }
        }
        Map<String, Prediction> byId = ArticleScorer.byId(preds);
        ArticleScores scores = ArticleScorer.score(goldArticles, byId);
        Set<Capability> caps = capabilities();
        ArticleReport.summary(scores, caps, out);
        ArticleReport.breakdown(scores, caps, out);
        if (errors) {
            out.println();
            out.println("errors:");
            ArticleReport.errors(scores, caps, out);
        }
        out.flush();
        if (minF1 != null && below(scores, caps, minF1)) {
            err.printf("marsad eval: F1 below %.3f%n", minF1);
            return 1;
        }
        return ExitCodes.OK;
    }

    private static boolean below(ArticleScores s, Set<Capability> caps, double min) {
        List<Prf> heads = new ArrayList<>();
        if (caps.contains(Capability.QUOTES)) {
            heads.add(s.quoteAttributed());
        }
        if (caps.contains(Capability.DATES)) {
            heads.add(s.dateValue());
        }
        if (caps.contains(Capability.ENTITIES)) {
            heads.add(s.entityDoc());
        }
        return heads.stream().anyMatch(p -> p.f1() < min);
    }
}
