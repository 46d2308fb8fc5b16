package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.index.Filters;
import org.marsad.index.SearchHit;
import org.marsad.index.SearchQuery;
import org.marsad.index.SearchResult;
import org.marsad.index.ArchiveStore;
import org.marsad.server.ArchiveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the archive: words (all must match; Arabic spelling variants, attached clitics and "
                + "Latin names of entities are understood), \"phrases\", -excluded words.",
            "Prints id, date, title and a snippet of each hit."})
final class SearchCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Search words; none lists the newest articles.")
    List<String> words = new ArrayList<>();

    @Mixin
    DataOptions data;

    @Option(names = "--entity", paramLabel = "KEY", description = "Only articles naming this entity (repeatable: all).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting this speaker (key or name; repeatable: any).")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--source", description = "Only articles from this outlet (repeatable: any).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--category", description = "Only articles of this category or section (repeatable: any).")
    List<String> categories = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "First publication day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last publication day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, newest or oldest.")
    String sort;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}, at most 100).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
    int offset;

    @Option(names = "--format", defaultValue = "table", description = "table or json.")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (data.embedded() && !Files.isDirectory(data.dir())) {
            spec.commandLine().getErr().println("marsad search: no archive in " + data.dir()
                    + " (create one with 'marsad ingest', or give --data)");
            return ExitCodes.FAILURE;
        }
        SearchQuery.Sort order;
        try {
            order = SearchQuery.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--sort must be relevance, newest or oldest, was '" + sort + "'");
        }
        String text = String.join(" ", words);
        if (text.isBlank() && order == SearchQuery.Sort.RELEVANCE) {
            order = SearchQuery.Sort.NEWEST;
        }
        SearchQuery q;
        try {
            q = new SearchQuery(text, new Filters(entities, speakers, sources, categories, from, to), order, offset,
                    limit, format == Format.json);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (ArchiveStore store = data.open()) {
            SearchResult r = store.search(q);
            if (format == Format.json) {
                out.println(ArchiveJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
            } else {
                out.printf("%,d hits%s%n", r.hits().total(), r.hits().total() > r.hits().items().size()
                        ? String.format(" (showing %d–%d)", offset + 1, offset + r.hits().items().size()) : "");
                for (SearchHit h : r.hits().items()) {
                    out.println();
                    out.printf("%s  %s  %s%n", h.published() == null ? "----------" : h.published(), h.id(),
                            h.source() == null ? "" : h.source());
                    out.println("  " + h.title());
                    out.println("  " + marked(h));
                }
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** The snippet with matched words between » and «, readable in a terminal. */
    static String marked(SearchHit h) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        String s = h.snippet();
        for (SearchHit.Highlight hl : h.highlights()) {
            sb.append(s, last, hl.start()).append('»').append(s, hl.start(), hl.end()).append('«');
            last = hl.end();
        }
        return sb.append(s.substring(last)).toString();
    }
}
