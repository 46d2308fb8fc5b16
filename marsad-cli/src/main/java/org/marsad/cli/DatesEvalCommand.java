package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.text.TextAnalyzer;
import org.marsad.time.ArabicDateRecognizer;
import org.marsad.time.DateScoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "dates", mixinStandardHelpOptions = true,
        description = {"Date F1 against gold articles (shared/spec/gold-format.md: id, published, title, text, dates), "
                + "counted as shared/tools/score_articles.py counts date_value.",
            "Exit status: 0 done (and --min-f1 reached), 1 below --min-f1 or a gold file rejected, 3 nothing to score."})
final class DatesEvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD", arity = "1..*", description = "Gold .json files, .jsonl files, or directories of them.")
    List<Path> gold;

    @Option(names = "--errors", description = "List each miss, wrong value and spurious date per article.")
    boolean errors;

    @Option(names = "--min-f1", paramLabel = "F1", description = "Exit with status 1 when the F1 is below this.")
    Double minF1;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> articles = new ArrayList<>();
        boolean rejected = false;
        for (Path p : files()) {
            try {
                if (p.toString().endsWith(".jsonl")) {
                    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            if (!line.isBlank()) {
                                articles.add(json.readTree(line));
                            }
                        }
                    }
                } else {
                    articles.add(json.readTree(p.toFile()));
                }
            } catch (IOException e) {
                err.println("marsad: skipped " + p + ": " + e.getMessage());
                rejected = true;
            }
        }
        TextAnalyzer text = new TextAnalyzer();
        ArabicDateRecognizer dates = new ArabicDateRecognizer();
        DateScoring.Score total = DateScoring.Score.ZERO;
        int scored = 0;
        for (JsonNode g : articles) {
            String id = g.path("id").asText("?");
            if (!g.hasNonNull("text") || !g.has("dates")) {
                err.println("marsad: skipped gold article " + id + ": no text or no dates");
                rejected = true;
                continue;
            }
            LocalDate published;
            try {
                published = g.hasNonNull("published") ? LocalDate.parse(g.get("published").asText().substring(0,
                        Math.min(10, g.get("published").asText().length()))) : null;
            } catch (DateTimeParseException e) {
                err.println("marsad: skipped gold article " + id + ": bad published date");
                rejected = true;
                continue;
            }
            Article a = Article.of(id, g.path("title").asText(""), g.get("text").asText(), published);
            List<DateScoring.Pair> pred = new ArrayList<>();
            for (DateExpression d : dates.recognize(text.analyze(a))) {
                pred.add(DateScoring.pair(d.span().text(), d.value()));
            }
            List<DateScoring.Pair> want = new ArrayList<>();
            for (JsonNode d : g.get("dates")) {
                want.add(DateScoring.pair(d.path("text").asText(), d.path("value").asText()));
            }
            DateScoring.ArticleScore s = DateScoring.score(pred, want);
            total = total.plus(s.score());
            scored++;
            if (errors) {
                for (DateScoring.Pair m : s.missed()) {
                    out.printf("%s\tmissed\t%s\t%s%n", id, m.text(), m.value());
                }
                for (DateScoring.Pair[] w : s.wrongValue()) {
                    out.printf("%s\twrong\t%s\t%s\tgot %s%n", id, w[0].text(), w[0].value(), w[1].value());
                }
                for (DateScoring.Pair x : s.spurious()) {
                    out.printf("%s\tspurious\t%s\t%s%n", id, x.text(), x.value());
                }
            }
        }
        if (scored == 0) {
            err.println("marsad: no gold article to score");
            return ExitCodes.FAILURE;
        }
        out.printf("dates  P=%.3f R=%.3f F1=%.3f  articles=%d gold=%d predicted=%d found=%d right=%d%n",
                total.precision(), total.recall(), total.f1(), scored, total.expected(), total.predicted(),
                total.found(), total.right());
        out.flush();
        if (minF1 != null && total.f1() < minF1) {
            return ExitCodes.INPUT_REJECTED;
        }
        return rejected ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
    }

    private List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : gold) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl")).sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
