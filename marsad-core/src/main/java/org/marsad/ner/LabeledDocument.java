package org.marsad.ner;

import java.util.List;

/** Training or evaluation data: the sentences of one document, their tokens and IOB2 tags. */
public record LabeledDocument(List<String[]> tokens, List<int[]> tags) {
    public LabeledDocument {
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(tokens.size() + " sentences but " + tags.size() + " tag rows");
        }
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
    }

    public int sentences() {
        return tokens.size();
    }

    public int tokenCount() {
        int n = 0;
        for (String[] s : tokens) {
            n += s.length;
        }
        return n;
    }

    NerDocument asDocument() {
        return NerDocument.of(tokens);
    }
}
