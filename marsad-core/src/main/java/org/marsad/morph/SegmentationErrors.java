package org.marsad.morph;

import java.util.ArrayList;
import java.util.List;

/** Lists the tokens a segmentation got wrong, for error analysis. */
public final class SegmentationErrors {
    private SegmentationErrors() {
    }

    /**
     * One line per gold token whose system words differ: {@code A} or {@code U} (analysed or not by the
     * treebank), the gold words and the system words joined by {@code +}, tab-separated. System words are lined
     * up with the gold tokens by the characters they cover.
     */
    public static List<String> list(List<GoldSentence> gold, List<List<String>> system) {
        List<String> out = new ArrayList<>();
        for (int s = 0; s < gold.size(); s++) {
            List<String> sys = system.get(s);
            int w = 0;
            for (GoldSentence.Token t : gold.get(s).tokens()) {
                int need = t.surface().replace(" ", "").length();
                StringBuilder sb = new StringBuilder();
                int have = 0;
                while (have < need && w < sys.size()) {
                    String x = sys.get(w++);
                    if (sb.length() > 0) {
                        sb.append('+');
                    }
                    sb.append(x);
                    have += x.replace(" ", "").length();
                }
                String g = String.join("+", t.words());
                String y = sb.toString();
                if (!g.equals(y)) {
                    out.add((t.unanalysed() ? "U" : "A") + "\t" + g + "\t" + y + (have == need ? "" : "\tMISALIGNED"));
                }
            }
        }
        return out;
    }
}
