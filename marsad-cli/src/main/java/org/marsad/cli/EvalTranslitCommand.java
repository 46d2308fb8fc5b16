package org.marsad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.marsad.entities.AliasCatalog;
import org.marsad.entities.Transliterator;
import org.marsad.eval.GoldArticle;
import org.marsad.eval.GoldSet;
import org.marsad.translit.ForeignWordSpeller;
import org.marsad.translit.GraphoneModel;
import org.marsad.translit.GraphoneModelCodec;
import org.marsad.translit.NamePair;
import org.marsad.translit.TransliterationScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "translit", mixinStandardHelpOptions = true,
        description = {"Accuracy of Latin spellings of single name words on ANETAC pairs: word accuracy (exact, "
                + "case-insensitive) and character error rate of the learned model alone, of the Transliterator "
                + "with its letter rules only (before the model) and of the Transliterator as shipped (word table, "
                + "then the model).",
            "With --gold, also lists the Arabic names of gold entities the alias catalog does not know, "
                + "spelled by the rules and by the shipped Transliterator."})
final class EvalTranslitCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Directory with <split>.ar/<split>.en.")
    Path data = Path.of("..", "shared", "data", "gazetteers", "anetac", "EN-AR Translit");

    @Option(names = "--split", description = "dev or test (default: ${DEFAULT-VALUE}); report test only once.")
    String split = "dev";

    @Option(names = "--model", paramLabel = "FILE", description = "A model written by 'marsad train translit' (default: the shipped one).")
    Path model;

    @Option(names = "--gold", paramLabel = "PATH", description = "Gold articles (JSON files or a directory) whose uncatalogued entity names to list.")
    Path gold;

    @Option(names = "--errors", paramLabel = "N", description = "Print the first N words the model gets wrong.")
    int errors;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        GraphoneModel m;
        if (model == null) {
            m = GraphoneModel.standard();
        } else {
            if (!Files.isRegularFile(model)) {
                spec.commandLine().getErr().println("marsad eval translit: no such model: " + model);
                return ExitCodes.FAILURE;
            }
            try (InputStream in = Files.newInputStream(model)) {
                m = GraphoneModelCodec.read(in, model.toString());
            }
        }
        Transliterator rules = Transliterator.rulesOnly();
        Transliterator shipped = Transliterator.withModel(new ForeignWordSpeller(m));
        if (Files.isRegularFile(data.resolve(split + ".ar"))) {
            List<NamePair> pairs = NamePair.read(data, split);
            out.printf("ANETAC %s: %d words%n", split, pairs.size());
            out.printf("%-34s %9s %7s%n", "system", "accuracy", "CER");
            row(out, "Transliterator, rules (before)", pairs, rules::toLatin);
            row(out, "graphone model alone", pairs, m::toLatin);
            row(out, "Transliterator, table + model", pairs, shipped::toLatin);
            out.printf("model speed: %,.0f words per CPU second (one thread, no cache)%n", wordsPerSecond(m, pairs));
            int shown = 0;
            for (NamePair p : pairs) {
                if (shown >= errors) {
                    break;
                }
                String s = m.toLatin(p.arabic());
                if (!p.latin().equals(s)) {
                    out.printf("  %s  gold %s  model %s%n", p.arabic(), p.latin(), s);
                    shown++;
                }
            }
        } else if (gold == null) {
            spec.commandLine().getErr().println("marsad eval translit: no " + split + ".ar in " + data);
            return ExitCodes.FAILURE;
        }
        if (gold != null) {
            AliasCatalog catalog = AliasCatalog.standard();
            Set<String> names = new LinkedHashSet<>();
            for (GoldArticle a : GoldSet.load(gold)) {
                for (GoldArticle.Entity e : a.entities()) {
                    if (catalog.find(e.name()) == null) {
                        names.add(e.type() + "\t" + e.name());
                    }
                }
            }
            out.println();
            out.println("| type | Arabic | rules (before) | table + model (after) |");
            out.println("|---|---|---|---|");
            for (String n : names) {
                String[] f = n.split("\t", 2);
                out.printf("| %s | %s | %s | %s |%n", f[0], f[1], rules.toLatin(f[1]), shipped.toLatin(f[1]));
            }
        }
        return ExitCodes.OK;
    }

    private static double wordsPerSecond(GraphoneModel m, List<NamePair> pairs) {
        int sink = 0;
        for (int round = 0; round < 3; round++) { // warm-up
            for (NamePair p : pairs) {
                String s = m.toLatin(p.arabic());
                sink += s == null ? 0 : s.length();
            }
        }
        long words = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        while (words < 200_000) {
            for (NamePair p : pairs) {
                String s = m.toLatin(p.arabic());
                sink += s == null ? 0 : s.length();
            }
            words += pairs.size();
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
        return sink == 42 ? 0 : words / seconds;
    }

    private static void row(PrintWriter out, String name, List<NamePair> pairs, Function<String, String> system) {
        TransliterationScores s = TransliterationScores.score(pairs, system);
        out.printf("%-34s %8.1f%% %6.1f%%%n", name, 100 * s.accuracy(), 100 * s.characterErrorRate());
    }
}
