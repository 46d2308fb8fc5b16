package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.ner.NerModelCodec;
import org.marsad.ner.NerTagger;
import picocli.CommandLine.Option;

/** {@code --model FILE}: a NER model other than the shipped one; shared by tag and eval ner. */
final class NerModelOption {
    @Option(names = "--model", paramLabel = "FILE", description = "NER model file (default: the model in the jar).")
    Path model;

    NerTagger tagger() throws IOException {
        if (model == null) {
            return NerTagger.shipped();
        }
        try (InputStream in = Files.newInputStream(model)) {
            return NerModelCodec.read(in, model.toString());
        }
    }
}
