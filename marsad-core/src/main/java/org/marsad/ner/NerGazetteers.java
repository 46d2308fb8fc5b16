package org.marsad.ner;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.text.TokenSequence;
import org.marsad.text.Tokenizer;

/**
 * Gazetteer phrases for the lexicon, from sources whose licenses allow shipping what is derived
 * from them: CLDR (via ICU4J, Unicode license) Arabic names of countries and territories and of
 * time-zone exemplar cities, and optionally a CC BY 4.0 world-cities list.
 */
public final class NerGazetteers {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private NerGazetteers() {
    }

    /** CLDR Arabic country/territory names and exemplar cities; returns how many phrases were added. */
    public static int addCldr(NerLexicon.Builder b) {
        int n = 0;
        ULocale ar = ULocale.forLanguageTag("ar");
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(ar);
        for (String region : ULocale.getISOCountries()) {
            String name = names.regionDisplayName(region);
            if (name != null && !name.equals(region)) {
                n += add(b, name, EntityType.LOC);
            }
        }
        TimeZoneNames tz = TimeZoneNames.getInstance(ar);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = tz.getExemplarLocationName(id);
            if (city != null) {
                n += add(b, city, EntityType.LOC);
            }
        }
        return n;
    }

    /**
     * Cities and countries of a {@code CountryNameAr,CountryNameEn,CityNameAr,CityNameEn,Population}
     * CSV (jamsshhayd/world-cities-translations, CC BY 4.0). Entries with a type word of their own
     * (محافظة, ولاية …) keep only the name after it.
     */
    public static int addWorldCities(Path csv, NerLexicon.Builder b) throws IOException {
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                List<String> f = csvFields(l);
                if (f.size() < 3) {
                    continue;
                }
                n += add(b, f.get(0), EntityType.LOC);
                n += add(b, stripTypeWord(f.get(2)), EntityType.LOC);
            }
        }
        return n;
    }

    /**
     * Names of the curated alias catalog (people, organizations, places, with their Latin names such
     * as CNN or NATO), each as a phrase of its catalog type.
     */
    public static int addCatalog(org.marsad.entities.AliasCatalog catalog, NerLexicon.Builder b) {
        int n = 0;
        for (org.marsad.entities.CatalogEntry e : catalog.entries()) {
            for (org.marsad.entities.CatalogEntry.Alias a : e.aliases()) {
                n += add(b, a.text(), e.type());
            }
        }
        return n;
    }

    /**
     * A gazetteer file: one {@code TYPE<TAB>phrase} a line (TYPE as in ANERcorp: PERS, ORG, LOC or
     * MISC); blank lines and lines starting with # are skipped.
     */
    public static int addFile(Path file, NerLexicon.Builder b) throws IOException {
        int n = 0;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lineNo++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                int tab = l.indexOf('\t');
                if (tab < 0) {
                    throw new IOException(file + ":" + lineNo + ": expected TYPE<TAB>phrase");
                }
                EntityType type;
                try {
                    type = EntityType.parse(l.substring(0, tab).strip());
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
                n += add(b, l.substring(tab + 1), type);
            }
        }
        return n;
    }

    private static String stripTypeWord(String s) {
        for (String w : new String[] {"محافظة ", "ولاية ", "مقاطعة ", "إقليم ", "منطقة ", "مدينة "}) {
            if (s.startsWith(w)) {
                return s.substring(w.length());
            }
        }
        return s;
    }

    static int add(NerLexicon.Builder b, String phrase, EntityType type) {
        TokenSequence ts = TOKENIZER.tokenize(phrase.strip(), Field.TEXT);
        if (ts.size() == 0 || ts.size() > 6) {
            return 0;
        }
        List<String> tokens = new ArrayList<>(ts.size());
        for (int i = 0; i < ts.size(); i++) {
            tokens.add(ts.text(i));
        }
        b.phrase(tokens, type);
        return 1;
    }

    private static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c != '\uFEFF') {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
