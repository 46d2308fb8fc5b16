package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL-style NER files: one {@code token TAG} per line (space or tab; the tag is the last field
 * and may be absent), a blank line between sentences, optional {@code -DOCSTART-} lines between
 * documents. Tags are read as IOB1 or IOB2 and normalized to IOB2 (an I- that starts a span becomes
 * B-), exactly as the CoNLL scorer reads spans. Without document marks, every {@code docSentences}
 * consecutive sentences form one document.
 */
public final class ConllCorpus {
    private ConllCorpus() {
    }

    /** One read sentence: tokens, tags (null when the file has no tag column) and its first line number. */
    public record Sentence(String[] tokens, int[] tags, int line) {
    }

    /**
     * Reads sentences. A line's last whitespace-separated field is its tag when it parses as one (the
     * token is everything before it, so a token keeps any inner space); with {@code requireTags} a line
     * without a valid tag is an error naming the line, otherwise the whole line is the token.
     */
    public static List<Sentence> readSentences(Reader reader, String name, boolean requireTags) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        int first = 1;
        boolean docBreak = false;
        for (String l = in.readLine(); ; l = in.readLine()) {
            lineNo++;
            if (l != null && lineNo == 1 && !l.isEmpty() && l.charAt(0) == '\uFEFF') {
                l = l.substring(1);
            }
            boolean end = l == null || l.isBlank() || l.startsWith("-DOCSTART-");
            if (end) {
                if (!tokens.isEmpty()) {
                    out.add(sentence(tokens, tags, first, name));
                    tokens.clear();
                    tags.clear();
                }
                if (l != null && l.startsWith("-DOCSTART-")) {
                    out.add(new Sentence(null, null, lineNo));
                }
                if (l == null) {
                    break;
                }
                first = lineNo + 1;
                continue;
            }
            String line = l.strip();
            int cut = lastSeparator(line);
            String token = line;
            String tag = null;
            if (cut > 0) {
                String last = line.substring(cut + 1);
                if (isTag(last)) {
                    token = line.substring(0, cut).strip();
                    tag = last;
                } else if (requireTags) {
                    throw new IOException(name + ":" + lineNo + ": not an IOB tag: '" + last + "'");
                }
            } else if (requireTags) {
                throw new IOException(name + ":" + lineNo + ": no tag after the token");
            }
            tokens.add(token);
            tags.add(tag);
        }
        return out;
    }

    private static boolean isTag(String s) {
        try {
            NerTags.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int lastSeparator(String s) {
        return Math.max(s.lastIndexOf(' '), s.lastIndexOf('\t'));
    }

    private static Sentence sentence(List<String> tokens, List<String> tags, int line, String name) throws IOException {
        int[] t = null;
        boolean anyTag = tags.stream().anyMatch(x -> x != null);
        if (anyTag) {
            t = new int[tags.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = tags.get(i) == null ? NerTags.O : NerTags.parse(tags.get(i));
            }
            t = IobCodec.encode(IobCodec.decode(t), t.length);
        }
        return new Sentence(tokens.toArray(String[]::new), t, line);
    }

    /** Groups sentences into documents: at {@code -DOCSTART-} marks, else every {@code docSentences}. */
    public static List<LabeledDocument> documents(List<Sentence> sentences, int docSentences) {
        boolean marked = sentences.stream().anyMatch(s -> s.tokens() == null);
        List<LabeledDocument> docs = new ArrayList<>();
        List<String[]> toks = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.tokens() == null || (!marked && toks.size() == docSentences)) {
                if (!toks.isEmpty()) {
                    docs.add(new LabeledDocument(toks, tags));
                    toks.clear();
                    tags.clear();
                }
                if (s.tokens() == null) {
                    continue;
                }
            }
            toks.add(s.tokens());
            tags.add(s.tags() == null ? new int[s.tokens().length] : s.tags());
        }
        if (!toks.isEmpty()) {
            docs.add(new LabeledDocument(toks, tags));
        }
        return docs;
    }

    public static List<LabeledDocument> read(Reader reader, String name, int docSentences) throws IOException {
        return documents(readSentences(reader, name, true), docSentences);
    }

    /** Writes {@code token<TAB>TAG} lines, a blank line after each sentence. */
    public static void write(Writer out, String[] tokens, int[] tags) {
        try {
            for (int i = 0; i < tokens.length; i++) {
                out.write(tokens[i]);
                out.write('\t');
                out.write(NerTags.name(tags[i]));
                out.write('\n');
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
