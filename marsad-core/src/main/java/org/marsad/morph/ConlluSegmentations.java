package org.marsad.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the segmentation a CoNLL-U file holds. Files in current Universal Dependencies style (multiword
 * token lines, {@code # text}) are read as they are. UD Arabic-PADT v1.3 has neither: its words are
 * vocalized and the tokens they came from are not recorded, so the tokens are rebuilt by attaching clitic
 * words to their hosts: single-letter conjunctions, prepositions and particles ({@code و ف ب ك ل س أ}) to the
 * next word, and oblique personal pronouns ({@code ه ها هم…} with {@code Case=Gen|Acc}) to the previous one,
 * writing the surface as print does ({@code ل} + {@code الحظر} → {@code للحظر}, {@code رئيسة} + {@code ها} →
 * {@code رئيستها}, {@code قتلوا} + {@code ه} → {@code قتلوه}).
 */
public final class ConlluSegmentations {
    private ConlluSegmentations() {
    }

    /** Reads a CoNLL-U file as it is; lines that do not parse are reported with their place. */
    public static List<GoldSentence> read(Path file) throws IOException {
        return read(file, false);
    }

    /**
     * Reads a CoNLL-U file. With {@code repairRepeatedForms}, a PADT v1.3 conversion fault is undone: where
     * the analyser left a clitic-bearing token unanalysed ({@code XPOS U}) but the annotators still gave it
     * one node per syntactic word, every node carries the whole token ({@code والكرامة والكرامة} for
     * {@code و + الكرامة}), so the rebuilt text repeats the token. Such a run of N identical unanalysed nodes
     * becomes one token split into N words by the clitic inventory (the leading nodes attached as
     * {@code cc/case/mark/aux} are its proclitics, or all but the last of them when the host is itself a
     * preposition: {@code علينا} = {@code على + نا}), as current UD releases of PADT record it. Runs no analysis
     * of the inventory explains are left as they are.
     */
    public static List<GoldSentence> read(Path file, boolean repairRepeatedForms) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<GoldSentence> out = new ArrayList<>();
        boolean modern = false;
        List<List<String[]>> sentences = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String text = null;
        String id = null;
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#")) {
                    if (line.startsWith("# text = ")) {
                        text = line.substring(9);
                        modern = true;
                    } else if (line.startsWith("# sent_id = ")) {
                        id = line.substring(12);
                    } else if (line.startsWith("# sent_id ")) {
                        id = line.substring(10);
                    }
                    continue;
                }
                if (line.isBlank()) {
                    if (!rows.isEmpty()) {
                        sentences.add(rows);
                        texts.add(text);
                        ids.add(id);
                        rows = new ArrayList<>();
                    }
                    text = null;
                    id = null;
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length < 10) {
                    throw new IOException(file + ":" + lineNo + ": expected 10 tab-separated columns, found " + c.length);
                }
                if (c[0].contains("-")) {
                    modern = true;
                }
                rows.add(c);
            }
        }
        if (!rows.isEmpty()) {
            sentences.add(rows);
            texts.add(text);
            ids.add(id);
        }
        for (int i = 0; i < sentences.size(); i++) {
            String sid = ids.get(i) == null ? Integer.toString(i + 1) : ids.get(i);
            out.add(modern ? readModern(sid, texts.get(i), sentences.get(i))
                    : rebuild(sid, repairRepeatedForms ? repairRepeated(sentences.get(i)) : sentences.get(i)));
        }
        return out;
    }

    private static GoldSentence readModern(String id, String text, List<String[]> rows) {
        List<GoldSentence.Token> tokens = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            if (c[0].contains(".")) {
                continue;
            }
            String surface;
            List<String> words = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            String misc;
            if (c[0].contains("-")) {
                int dash = c[0].indexOf('-');
                int last = Integer.parseInt(c[0].substring(dash + 1));
                surface = c[1];
                misc = c[9];
                while (i + 1 < rows.size()) {
                    String[] w = rows.get(i + 1);
                    if (w[0].contains("-") || w[0].contains(".")) {
                        break;
                    }
                    i++;
                    words.add(w[1]);
                    lemmas.add(w[2]);
                    if (Integer.parseInt(w[0]) >= last) {
                        break;
                    }
                }
            } else {
                surface = c[1];
                misc = c[9];
                words.add(c[1]);
                lemmas.add(c[2]);
            }
            tokens.add(new GoldSentence.Token(surface, words, lemmas, false));
            raw.append(surface);
            if (!misc.contains("SpaceAfter=No")) {
                raw.append(' ');
            }
        }
        return new GoldSentence(id, text != null ? text : raw.toString().strip(), tokens);
    }

    // ---- PADT v1.3: rebuild the tokens ----

    private static final String ENCLITICS = " ه ها هم هما هن ك كم كما كن ي نا ني ";

    static String stripVowels(String form) {
        StringBuilder sb = new StringBuilder(form.length());
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if ((c >= 0x064B && c <= 0x065F) || c == 0x0670) {
                continue;
            }
            sb.append(c);
        }
        return sb.length() == 0 ? form : sb.toString();
    }

    private static boolean isProclitic(String bare, String upos) {
        return switch (bare) {
            case "و", "ف" -> upos.equals("CONJ") || upos.equals("CCONJ");
            case "ب", "ك", "ل" -> upos.equals("ADP") || upos.equals("CONJ") || upos.equals("PART") || upos.equals("SCONJ");
            case "س", "أ" -> upos.equals("PART");
            default -> false;
        };
    }

    private static boolean isEnclitic(String bare, String upos, String feats) {
        return upos.equals("PRON") && ENCLITICS.contains(" " + bare + " ") && !feats.contains("Case=Nom");
    }

    private static boolean hasArticle(String vocalized, String bare) {
        return bare.startsWith("ال") && bare.length() > 2
                && !(vocalized.length() > 1 && (vocalized.charAt(1) == '\u0650' || vocalized.charAt(1) == '\u064F'));
    }

    private static GoldSentence rebuild(String id, List<String[]> rows) {
        List<String[]> words = new ArrayList<>();
        for (String[] c : rows) {
            if (!c[0].contains("-") && !c[0].contains(".")) {
                words.add(c);
            }
        }
        int n = words.size();
        String[] bare = new String[n];
        boolean[] pro = new boolean[n];
        boolean[] enc = new boolean[n];
        for (int i = 0; i < n; i++) {
            String[] c = words.get(i);
            bare[i] = stripVowels(c[1]);
            pro[i] = isProclitic(bare[i], c[3]);
            enc[i] = isEnclitic(bare[i], c[3], c[5]);
        }
        for (int i = 0; i < n; i++) {
            // a proclitic needs a word after it, an enclitic a host before it
            if (pro[i] && (i + 1 >= n || words.get(i + 1)[3].equals("PUNCT"))) {
                pro[i] = false;
            }
            if (enc[i] && (i == 0 || words.get(i - 1)[3].equals("PUNCT") || enc[i - 1])) {
                enc[i] = false;
            }
        }
        List<GoldSentence.Token> tokens = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n - 1 && pro[j]) {
                j++;
            }
            // j is the host; take the enclitic after it
            int end = j + 1;
            if (end < n && enc[end]) {
                end++;
            }
            List<String> pieces = new ArrayList<>();
            List<String> lemmas = new ArrayList<>();
            for (int k = i; k < end; k++) {
                String[] c = words.get(k);
                String piece = bare[k];
                String lemma = piece;
                if (k > i && pro[k - 1] && bare[k - 1].equals("ل") && hasArticle(c[1], piece)) {
                    piece = piece.substring(1);
                }
                if (k + 1 < end && enc[k + 1] && k + 1 > j) {
                    piece = beforePronoun(piece, c[3], c[5]);
                }
                pieces.add(piece);
                lemmas.add(lemma);
            }
            String surface = String.join("", pieces);
            tokens.add(new GoldSentence.Token(surface, pieces, lemmas, end == i + 1 && words.get(i)[4].startsWith("U")));
            if (raw.length() > 0) {
                raw.append(' ');
            }
            raw.append(surface);
            i = end;
        }
        return new GoldSentence(id, raw.toString(), tokens);
    }

    private static final java.util.Set<String> FUNCTION_RELATIONS = java.util.Set.of("cc", "case", "mark", "aux");

    /** Replaces runs of identical unanalysed nodes by the words of the one token they stand for. */
    static List<String[]> repairRepeated(List<String[]> rows) {
        List<String[]> out = new ArrayList<>(rows.size());
        int i = 0;
        while (i < rows.size()) {
            String[] r = rows.get(i);
            int j = i;
            if (r[4].startsWith("U") && !r[0].contains("-")) {
                while (j + 1 < rows.size() && rows.get(j + 1)[1].equals(r[1]) && rows.get(j + 1)[4].startsWith("U")) {
                    j++;
                }
            }
            List<String[]> words = j > i ? splitRepeated(rows.subList(i, j + 1)) : null;
            if (words == null) {
                for (int k = i; k <= j; k++) {
                    out.add(rows.get(k));
                }
            } else {
                out.addAll(words);
            }
            i = j + 1;
        }
        return out;
    }

    private static List<String[]> splitRepeated(List<String[]> run) {
        int n = run.size();
        String bare = stripVowels(run.get(0)[1]);
        String folded = Clitics.fold(bare);
        if (folded == null || folded.length() != bare.length()) {
            return null;
        }
        int lead = 0;
        while (lead < n - 1 && FUNCTION_RELATIONS.contains(run.get(lead)[7])) {
            lead++;
        }
        char[] letters = folded.toCharArray();
        // as many proclitics as leading function nodes; one fewer when the host is itself a preposition
        // (علينا = على + نا: its first node is attached as case)
        for (int k = lead; k >= 0; k--) {
            for (int pi = 0; pi < Clitics.PREFIXES.length; pi++) {
                String p = Clitics.PREFIXES[pi];
                if (p.length() != k || !folded.startsWith(p)) {
                    continue;
                }
                for (int si = 0; si < Clitics.SUFFIXES.length; si++) {
                    String sfx = Clitics.SUFFIXES[si];
                    if (k + 1 + (sfx.isEmpty() ? 0 : 1) == n && folded.endsWith(sfx)
                            && Segmenter.allowed(letters, letters.length, pi, si)) {
                        return words(run, bare, p, sfx);
                    }
                }
            }
        }
        return null;
    }

    private static List<String[]> words(List<String[]> run, String bare, String prefix, String suffix) {
        List<String[]> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            String upos = c == '\u0648' || c == '\u0641' ? "CONJ" : c == '\u0633' ? "PART" : "ADP";
            out.add(node(run.get(k++), String.valueOf(bare.charAt(i)), upos, "_"));
        }
        out.add(node(run.get(k++), bare.substring(prefix.length(), bare.length() - suffix.length()), "X", "_"));
        if (!suffix.isEmpty()) {
            out.add(node(run.get(k), bare.substring(bare.length() - suffix.length()), "PRON", "Case=Gen"));
        }
        return out;
    }

    private static String[] node(String[] row, String form, String upos, String feats) {
        String[] c = row.clone();
        c[1] = form;
        c[2] = form;
        c[3] = upos;
        c[4] = "X---------";
        c[5] = feats;
        return c;
    }

    /** How a host is spelt when a pronoun follows it. */
    private static String beforePronoun(String host, String upos, String feats) {
        if (host.length() < 2) {
            return host;
        }
        char last = host.charAt(host.length() - 1);
        String stem = host.substring(0, host.length() - 1);
        switch (last) {
            case '\u0629':
                return stem + '\u062A';
            case '\u0649':
                return stem + (upos.equals("ADP") ? '\u064A' : '\u0627');
            case '\u0621':
                if (feats.contains("Case=Nom")) {
                    return stem + '\u0624';
                }
                return feats.contains("Case=Gen") ? stem + '\u0626' : host;
            case '\u0627':
                if (upos.equals("VERB") && host.endsWith("\u0648\u0627")) {
                    return stem;
                }
                return host;
            default:
                return host;
        }
    }
}
