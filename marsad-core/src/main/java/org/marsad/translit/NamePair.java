package org.marsad.translit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One name word in both scripts: the folded Arabic ({@link ArabicWord#fold}) and its Latin key. */
public record NamePair(String arabic, String latin) {
    public NamePair {
        if (arabic.isEmpty() || latin.isEmpty()) {
            throw new IllegalArgumentException("empty side in pair: " + arabic + " / " + latin);
        }
    }

    /**
     * Reads line-aligned files {@code <split>.ar} and {@code <split>.en} (the ANETAC "EN-AR Translit"
     * layout; characters may be space-separated). Pairs with more than one word or with letters
     * outside a–z after removing accents are skipped.
     */
    public static List<NamePair> read(Path dir, String split) throws IOException {
        Path ar = dir.resolve(split + ".ar");
        Path en = dir.resolve(split + ".en");
        List<String> a = Files.readAllLines(ar, StandardCharsets.UTF_8);
        List<String> e = Files.readAllLines(en, StandardCharsets.UTF_8);
        if (a.size() != e.size()) {
            throw new IOException(ar + " has " + a.size() + " lines but " + en + " has " + e.size());
        }
        List<NamePair> pairs = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            String arabic = ArabicWord.fold(a.get(i).replace(" ", "").strip());
            String latin = ArabicWord.latinKey(e.get(i).replace(" ", "").strip());
            if (latin == null || arabic.isEmpty() || !allArabicLetters(arabic)) {
                continue;
            }
            pairs.add(new NamePair(arabic, latin));
        }
        return pairs;
    }

    private static boolean allArabicLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i)) || s.charAt(i) < 0x0600) {
                return false;
            }
        }
        return true;
    }
}
