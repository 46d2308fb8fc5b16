package org.marsad.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.io.ArticleReader;
import org.marsad.io.ArticleSink;
import org.marsad.io.InputProblem;
import org.marsad.model.Article;
import org.marsad.model.Field;
import org.marsad.quotes.CommonWords;
import org.marsad.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "common-words", mixinStandardHelpOptions = true,
        description = {"Build the common-word list the quote extractor uses to tell names from nouns "
                + "(org/marsad/quotes/common-words.txt.gz): words news text writes with ال at least "
                + "a tenth of the time (but not always: those are family names). Deterministic: the same corpus gives the same list.",
            "Default corpus: ../shared/data/corpus (the ANT news corpora); function words are added from "
                + "../shared/data/stopwords/mohataher_arabic_stop_words/list.txt (MIT)."})
final class TrainCommonWordsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", split = ",",
            description = "Articles: JSONL(.gz) files or directories.")
    List<Path> corpus = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write (default: marsad-core/src/main/resources/org/marsad/quotes/common-words.txt.gz).")
    Path output = Path.of("marsad-core/src/main/resources/org/marsad/quotes/common-words.txt.gz");

    @Option(names = "--stopwords", paramLabel = "FILE",
            description = "Function words to add, one a line ('none' to skip).")
    String stopwords = "../shared/data/stopwords/mohataher_arabic_stop_words/list.txt";

    @Override
    public Integer call() throws Exception {
        List<Path> in = corpus.isEmpty() ? List.of(Path.of("..", "shared", "data", "corpus")) : corpus;
        for (Path p : in) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("marsad train common-words: corpus not found: " + p);
                return ExitCodes.FAILURE;
            }
        }
        CommonWords.Builder b = new CommonWords.Builder();
        Tokenizer tokenizer = new Tokenizer();
        long[] n = new long[1];
        new ArticleReader().read(in, new ArticleSink() {
            @Override
            public void article(Article a) {
                b.add(tokenizer.tokenize(a.title(), Field.TITLE));
                b.add(tokenizer.tokenize(a.text(), Field.TEXT));
                n[0]++;
            }

            @Override
            public void problem(InputProblem p) {
                InputOptions.report(spec.commandLine().getErr(), p);
            }
        });
        String provenanceExtra = "";
        if (!stopwords.equals("none")) {
            Path sw = Path.of(stopwords);
            if (!Files.isRegularFile(sw)) {
                spec.commandLine().getErr().println("marsad train common-words: stop words not found: " + sw);
                return ExitCodes.FAILURE;
            }
            b.addWords(Files.readAllLines(sw));
            provenanceExtra = "; plus the function words of mohataher/arabic-stop-words (MIT, (c) 2016 Mohamed Taher Alrefaie)";
        }
        CommonWords words = b.build();
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (OutputStream out = Files.newOutputStream(output)) {
            words.write(out, "built by 'marsad train common-words' from " + n[0] + " articles of " + in
                    + "; share with ال in [" + CommonWords.MIN_DEFINITE_SHARE + ", " + CommonWords.MAX_DEFINITE_SHARE
                    + "), count >= " + CommonWords.MIN_DEFINITE_COUNT
                    + provenanceExtra);
        }
        spec.commandLine().getOut().println("common words: " + words.size() + " from " + n[0] + " articles -> " + output);
        return ExitCodes.OK;
    }
}
