package org.marsad.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.io.ArticleReader;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.ner.ClusterBuilder;
import org.marsad.ner.ConllCorpus;
import org.marsad.ner.CorpusNames;
import org.marsad.text.TextAnalyzer;
import org.marsad.ner.ExtraCorpora;
import org.marsad.ner.NerGazetteers;
import org.marsad.ner.WordClusters;
import org.marsad.text.TokenSequence;
import org.marsad.text.Tokenizer;
import org.marsad.ner.NerLexicon;
import org.marsad.ner.NerModelCodec;
import org.marsad.ner.NerTagger;
import org.marsad.ner.NerTraining;
import org.marsad.ner.PerceptronTrainer;
import org.marsad.ner.SpanScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the named-entity tagger: word clusters from the unlabeled corpus, gazetteers, then an "
                + "averaged perceptron on ANERcorp train minus a held-out dev split; prints dev scores and writes "
                + "the model.")
final class TrainNerCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", defaultValue = "../shared/data/ner/anercorp-train.txt",
            description = "Labeled CoNLL file (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--dev-fraction", defaultValue = "0.1",
            description = "Last fraction of the sentences held out as dev set (default: ${DEFAULT-VALUE}).")
    double devFraction;

    @Option(names = "--doc-sentences", defaultValue = "20",
            description = "Sentences per pseudo-document when the file has no -DOCSTART- marks (default: ${DEFAULT-VALUE}).")
    int docSentences;

    @Option(names = "--epochs", defaultValue = "12", description = "Perceptron epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "17", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", defaultValue = "1",
            description = "Perceptrons per weight set, each seeing the sentences in another order; their mean is the "
                    + "model (same size and speed; training time grows with it) (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--prune", defaultValue = "0.05",
            description = "Drop features whose averaged weights all stay below this (default: ${DEFAULT-VALUE}).")
    float prune;

    @Option(names = "--one-pass", description = "Train without the document-consistency second pass.")
    boolean onePass;

    @Option(names = "--corpus", defaultValue = "../shared/data/corpus",
            description = "Unlabeled articles the word clusters are learned from (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--clusters", paramLabel = "FILE",
            description = "Cluster file: reused when it exists, else written after learning the clusters "
                    + "(saves minutes when iterating).")
    Path clustersFile;

    @Option(names = "--no-clusters", description = "Train without word clusters.")
    boolean noClusters;

    @Option(names = "--cities", defaultValue = "../shared/data/gazetteers/world_cities_ar_en/world-cities.csv",
            description = "World-cities CSV (CC BY 4.0) added to the LOC gazetteer when present (default: ${DEFAULT-VALUE}).")
    Path cities;

    @Option(names = "--no-gazetteers", description = "Train without gazetteer features.")
    boolean noGazetteers;

    @Option(names = "--catalog-gazetteer", negatable = true, defaultValue = "false",
            description = "Add the names of the curated alias catalog (PERS/ORG/LOC, Latin names too) to the gazetteer.")
    boolean catalogGazetteer;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Extra gazetteer file(s): TYPE<TAB>phrase a line (for experiments; mind the source's license).")
    List<Path> gazetteerFiles = new java.util.ArrayList<>();

    @Option(names = "--learned-names",
            description = "Tag the corpus with a first model, learn a gazetteer of the names it tags often, and train "
                    + "the final model with it (not used for the shipped model: it did not help on dev).")
    boolean learnedNames;

    @Option(names = "--learned-min-count", defaultValue = "10",
            description = "Times a name must be tagged in the corpus (default: ${DEFAULT-VALUE}).")
    int learnedMinCount;

    @Option(names = "--learned-min-share", defaultValue = "0.9",
            description = "Share of those tags its main type must have (default: ${DEFAULT-VALUE}).")
    double learnedMinShare;

    @Option(names = "--wikifane", paramLabel = "FILE",
            description = "Also train on WikiFANE gold, mapped to PERS/ORG/LOC (e.g. ../shared/data/ner/wikifane/WikiFANE_Gold_2014_500K.txt).")
    Path wikifane;

    @Option(names = "--aqmar", paramLabel = "DIR", description = "Also train on AQMAR, mapped to PERS/ORG/LOC.")
    Path aqmar;

    @Option(names = "--cv", paramLabel = "K",
            description = "Instead of training the model: K-fold cross-validation over the training documents (never "
                    + "the dev split), pooled scores printed; writes no model.")
    int cvFolds;

    @Option(names = "--out", defaultValue = "marsad-core/src/main/resources/org/marsad/ner/ner-model.bin",
            description = "Model file to write (default: ${DEFAULT-VALUE}); '-' writes none.")
    String out;

    private List<Article> articles;

    private List<Article> corpusArticles(PrintWriter log) {
        if (articles == null) {
            if (!Files.isDirectory(corpus) && !Files.isRegularFile(corpus)) {
                throw new IllegalArgumentException("no corpus at " + corpus + " (give --corpus, or --no-clusters)");
            }
            long t0 = System.nanoTime();
            ArticleReader.Result read = ArticleReader.readAll(new ArticleReader(), List.of(corpus));
            for (InputProblem p : read.problems()) {
                log.println("corpus: skipped " + p);
            }
            articles = read.articles();
            log.printf("corpus: %,d articles (%.1f s)%n", articles.size(), (System.nanoTime() - t0) / 1e9);
        }
        return articles;
    }

    private NerLexicon withLearnedNames(NerLexicon.Builder lex, NerTagger first, PrintWriter log) {
        long t0 = System.nanoTime();
        TextAnalyzer analyzer = new TextAnalyzer();
        List<List<CorpusNames.Found>> found = corpusArticles(log).parallelStream()
                .map(a -> CorpusNames.find(first, analyzer.analyze(a))).toList();
        CorpusNames names = new CorpusNames();
        found.forEach(l -> l.forEach(names::add));
        int n = names.addTo(lex, learnedMinCount, learnedMinShare);
        log.printf("learned names: %,d distinct tagged in the corpus, %,d kept (%.1f s)%n", names.distinct(), n,
                (System.nanoTime() - t0) / 1e9);
        return lex.build();
    }

    private WordClusters clusters(PrintWriter log) throws java.io.IOException {
        if (clustersFile != null && Files.exists(clustersFile)) {
            try (var r = Files.newBufferedReader(clustersFile)) {
                WordClusters c = WordClusters.read(r, clustersFile.toString());
                log.printf("clusters: %,d words from %s%n", c.words().size(), clustersFile);
                return c;
            }
        }
        long t0 = System.nanoTime();
        ClusterBuilder builder = new ClusterBuilder(ClusterBuilder.Options.defaults(), log);
        Tokenizer tokenizer = new Tokenizer();
        for (Article a : corpusArticles(log)) {
            for (Field f : Field.values()) {
                TokenSequence ts = tokenizer.tokenize(a.field(f), f);
                builder.add(ts, 0, ts.size());
            }
        }
        log.printf("clusters: %,d tokens (%.1f s)%n", builder.tokens(), (System.nanoTime() - t0) / 1e9);
        WordClusters c = builder.build();
        if (clustersFile != null) {
            try (var w = Files.newBufferedWriter(clustersFile)) {
                c.write(w);
            }
        }
        return c;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        List<ConllCorpus.Sentence> all = NerTraining.readLabeled(data);
        List<List<ConllCorpus.Sentence>> split = NerTraining.split(all, devFraction);
        var train = new java.util.ArrayList<>(ConllCorpus.documents(split.get(0), docSentences));
        if (wikifane != null) {
            var extra = ExtraCorpora.wikifane(wikifane);
            log.printf("wikifane: %,d sentences%n", extra.size());
            train.addAll(ConllCorpus.documents(extra, docSentences));
        }
        if (aqmar != null) {
            var extra = ExtraCorpora.aqmar(aqmar);
            log.printf("aqmar: %,d sentences%n", extra.size());
            train.addAll(ConllCorpus.documents(extra, docSentences));
        }
        var dev = ConllCorpus.documents(split.get(1), docSentences);
        log.printf("train: %,d sentences; dev: %,d sentences%n", split.get(0).size(), split.get(1).size());
        NerLexicon.Builder lex = new NerLexicon.Builder();
        if (!noClusters) {
            clusters(log).addTo(lex);
        }
        if (!noGazetteers) {
            int n = NerGazetteers.addCldr(lex);
            if (Files.isRegularFile(cities)) {
                n += NerGazetteers.addWorldCities(cities, lex);
            }
            if (catalogGazetteer) {
                n += NerGazetteers.addCatalog(org.marsad.entities.AliasCatalog.curatedBuilder().build(), lex);
            }
            for (Path g : gazetteerFiles) {
                n += NerGazetteers.addFile(g, lex);
            }
            log.printf("gazetteers: %,d phrases%n", n);
        }
        NerLexicon lexicon = lex.build();
        var options = new PerceptronTrainer.Options(epochs, seed, !onePass, 4, prune, runs);
        if (cvFolds > 1) {
            SpanScores cv = NerTraining.crossValidate(lexicon, train, cvFolds, options, log);
            stdout.println(cvFolds + "-fold cross-validation over the " + train.size() + " training documents:");
            stdout.print(cv.report());
            stdout.flush();
            log.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        }
        NerTagger tagger = NerTraining.train(lexicon, train, options, log);
        if (learnedNames) {
            if (!dev.isEmpty()) {
                stdout.println("dev, before learned names:");
                stdout.print(NerTraining.evaluate(tagger, dev).report());
                stdout.flush();
            }
            tagger = NerTraining.train(withLearnedNames(lex, tagger, log), train, options, log);
        }
        if (!dev.isEmpty()) {
            SpanScores scores = NerTraining.evaluate(tagger, dev);
            stdout.println("dev (last " + split.get(1).size() + " sentences of " + data.getFileName() + "):");
            stdout.print(scores.report());
            stdout.flush();
        }
        if (!out.equals("-")) {
            Map<String, String> prov = new LinkedHashMap<>();
            prov.put("trained", Instant.now().toString());
            prov.put("data", devFraction > 0
                    ? data.getFileName() + " minus last " + devFraction + " of sentences (dev)"
                    : data.getFileName() + ", all sentences (no dev split held out)");
            prov.put("clusters", noClusters ? "none" : "PPMI+SVD+k-means over " + corpus.getFileName());
            prov.put("gazetteers", noGazetteers ? "none" : "CLDR (ICU4J) regions and cities; "
                    + (Files.isRegularFile(cities) ? cities.getFileName() + " (CC BY 4.0, jamsshhayd/world-cities-translations)" : "no world cities"));
            prov.put("learned.names", String.valueOf(learnedNames));
            prov.put("seed", String.valueOf(seed));
            prov.put("training", "averaged perceptron, " + epochs + " epochs, mean of " + runs + " runs"
                    + (onePass ? ", one pass" : ", two passes"));
            prov.put("rebuild", "marsad train ner" + (devFraction > 0 ? "" : " --dev-fraction 0"));
            Path p = Path.of(out);
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            try (OutputStream os = Files.newOutputStream(p)) {
                NerModelCodec.write(tagger, prov, os);
            }
            log.printf("model written to %s (%,d bytes)%n", p, Files.size(p));
        }
        log.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
