package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.marsad.io.OffsetMap;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Quote;
import org.marsad.pipeline.AnalysisRunner;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"List who said what: every quote with its speaker, cue, content, article and date.",
            "Exit status: 0 all input read, 1 some input rejected (reported on stderr), 2 usage error."})
final class QuotesCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only quotes whose speaker's name contains NAME (spelling variants of hamza, ta marbuta "
                    + "and alef maqsura match).")
    String speaker;

    @Option(names = "--format", defaultValue = "table",
            description = "table (tab-separated: speaker, cue, content, article, date) or json (one object a line).")
    Format format;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (default: all cores).")
    int threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String wanted = speaker == null ? null : ArabicNormalizer.normalize(speaker.strip());
        JsonGenerator g = format == Format.json
                ? new JsonFactory().createGenerator(out).setRootValueSeparator(null) : null;
        if (format == Format.table) {
            out.println("speaker\tcue\tcontent\tarticle\tdate");
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AnalysisRunner runner = new AnalysisRunner(Pipeline.standard(), n, false, a -> {
            for (Quote q : a.quotes()) {
                if (wanted != null && !ArabicNormalizer.normalize(q.speaker().name()).contains(wanted)) {
                    continue;
                }
                if (g == null) {
                    out.println(row(a.article(), q));
                } else {
                    try {
                        json(g, a, q);
                        g.flush();
                        out.println();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            out.flush();
        }, p -> InputOptions.report(spec.commandLine().getErr(), p));
        try (runner) {
            input.read(runner);
            runner.finish();
        }
        out.flush();
        return runner.problems() > 0 ? ExitCodes.INPUT_REJECTED : ExitCodes.OK;
    }

    static String row(Article article, Quote q) {
        return String.join("\t", cell(q.speaker().name()), cell(q.cue() == null ? "" : q.cue().text()),
                cell(q.content().text()), cell(article.id()),
                article.published() == null ? "" : article.published().toString());
    }

    private static String cell(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static void json(JsonGenerator g, Analysis a, Quote q) throws IOException {
        Article article = a.article();
        OffsetMap off = OffsetMap.of(article.field(q.content().field()));
        g.writeStartObject();
        g.writeStringField("article", article.id());
        g.writeStringField("date", article.published() == null ? null : article.published().toString());
        g.writeStringField("speaker", q.speaker().name());
        g.writeStringField("speaker_kind", q.speaker().kind().jsonName());
        g.writeStringField("speaker_entity", q.speaker().entity());
        g.writeStringField("cue", q.cue() == null ? null : q.cue().text());
        g.writeStringField("stance", q.stance() == null ? null : q.stance().jsonName());
        g.writeBooleanField("direct", q.direct());
        g.writeBooleanField("in_title", q.inTitle());
        g.writeStringField("via", q.via());
        g.writeStringField("medium", q.medium());
        g.writeStringField("content", q.content().text());
        g.writeStringField("field", q.content().field().jsonName());
        g.writeNumberField("start", off.toCodePoint(q.content().start()));
        g.writeNumberField("end", off.toCodePoint(q.content().end()));
        g.writeStringField("evidence", q.evidence());
        g.writeEndObject();
    }
}
