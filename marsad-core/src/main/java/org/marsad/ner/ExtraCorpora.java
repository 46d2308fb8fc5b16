package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.marsad.model.EntityType;

/**
 * Other Arabic NER corpora mapped onto the four ANERcorp types. A sentence holding an entity whose
 * class has no ANERcorp counterpart (facilities, vehicles, works, ...) is dropped whole rather than
 * taught as {@code O}.
 */
public final class ExtraCorpora {
    private static final Map<String, EntityType> WIKIFANE = Map.ofEntries(
            Map.entry("Politician", EntityType.PERS), Map.entry("Religious_PER", EntityType.PERS),
            Map.entry("Artist", EntityType.PERS), Map.entry("Other_PER", EntityType.PERS),
            Map.entry("Scientist", EntityType.PERS), Map.entry("Businessperson", EntityType.PERS),
            Map.entry("Engineer", EntityType.PERS), Map.entry("Lawyer", EntityType.PERS),
            Map.entry("Athlete", EntityType.PERS), Map.entry("Police", EntityType.PERS),
            Map.entry("Commercial", EntityType.ORG), Map.entry("Non-Governmental", EntityType.ORG),
            Map.entry("Government", EntityType.ORG), Map.entry("Educational", EntityType.ORG),
            Map.entry("Media", EntityType.ORG), Map.entry("Sports", EntityType.ORG),
            Map.entry("Religious_ORG", EntityType.ORG), Map.entry("Entertainment", EntityType.ORG),
            Map.entry("Medical-Science", EntityType.ORG),
            Map.entry("Population-Center", EntityType.LOC), Map.entry("Nation", EntityType.LOC),
            Map.entry("State-or-Province", EntityType.LOC), Map.entry("County-or-District", EntityType.LOC),
            Map.entry("GPE-Cluster", EntityType.LOC), Map.entry("Continent", EntityType.LOC),
            Map.entry("Water-Body", EntityType.LOC), Map.entry("Land-Region-Natural", EntityType.LOC));
    private static final Map<String, EntityType> AQMAR = Map.of(
            "PER", EntityType.PERS, "ORG", EntityType.ORG, "LOC", EntityType.LOC);

    private ExtraCorpora() {
    }

    /** WikiFANE gold (CC BY-SA 3.0): fine-grained classes mapped to PERS/ORG/LOC. */
    public static List<ConllCorpus.Sentence> wikifane(Path file) throws IOException {
        return read(List.of(file), WIKIFANE);
    }

    /** AQMAR (CC BY-SA 3.0): PER/ORG/LOC kept, sentences with MIS* classes dropped. */
    public static List<ConllCorpus.Sentence> aqmar(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return read(files, AQMAR);
    }

    private static List<ConllCorpus.Sentence> read(List<Path> files, Map<String, EntityType> map) throws IOException {
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                List<String> tokens = new ArrayList<>();
                List<Integer> tags = new ArrayList<>();
                boolean drop = false;
                int lineNo = 0;
                for (String l = in.readLine(); ; l = in.readLine()) {
                    lineNo++;
                    if (l == null || l.isBlank()) {
                        if (!tokens.isEmpty() && !drop) {
                            int[] t = tags.stream().mapToInt(Integer::intValue).toArray();
                            t = IobCodec.encode(IobCodec.decode(t), t.length);
                            out.add(new ConllCorpus.Sentence(tokens.toArray(String[]::new), t, lineNo));
                        }
                        tokens.clear();
                        tags.clear();
                        drop = false;
                        if (l == null) {
                            break;
                        }
                        continue;
                    }
                    String line = l.replace("\uFEFF", "").strip();
                    int cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
                    if (cut <= 0) {
                        throw new IOException(f + ":" + lineNo + ": no tag");
                    }
                    String tag = line.substring(cut + 1);
                    tokens.add(line.substring(0, cut).strip());
                    if (tag.equals("O")) {
                        tags.add(NerTags.O);
                        continue;
                    }
                    // a malformed tag (AQMAR has a few, e.g. "IO") drops its sentence like an unmapped class
                    EntityType type = tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')
                            ? null : map.get(tag.substring(2));
                    if (type == null) {
                        drop = true;
                        tags.add(NerTags.O);
                    } else {
                        tags.add(tag.charAt(0) == 'B' ? NerTags.begin(type) : NerTags.inside(type));
                    }
                }
            }
        }
        return out;
    }
}
