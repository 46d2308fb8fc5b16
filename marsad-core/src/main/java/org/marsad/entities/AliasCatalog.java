package org.marsad.entities;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.model.EntityType;
import org.marsad.model.Gender;

/**
 * The curated, versioned catalog of well-known entities: countries from CLDR (via ICU4J) with their ISO
 * codes, the bundled {@code catalog.tsv} (variants, capitals, organizations, agencies, people), and any
 * user catalogs in the same format. Immutable and thread-safe; look names up by their {@link NameKey}.
 */
public final class AliasCatalog {
    public static final String RESOURCE = "/org/marsad/entities/catalog.tsv";
    public static final String LEARNED_RESOURCE = "/org/marsad/entities/learned-aliases.tsv";
    /** Keys are lower-case ASCII or Arabic letters, digits and {@code : . _ -}. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9\\p{IsArabic}][a-z0-9\\p{IsArabic}:._-]*");

    private final Map<String, CatalogEntry> byKey;
    private final Map<String, List<CatalogEntry>> byName;
    private final NameHashes nameHashes;
    /** Recognizable names: normalized words → entry. */
    private final Map<String, CatalogEntry> recognizable;
    private final Set<String> nisbas;
    private final List<String> versions;

    private AliasCatalog(Map<String, CatalogEntry> byKey, Map<String, List<CatalogEntry>> byName,
                         Map<String, CatalogEntry> recognizable, Set<String> nisbas, List<String> versions) {
        this.byKey = byKey;
        this.byName = byName;
        this.nameHashes = new NameHashes(byName.keySet());
        this.recognizable = recognizable;
        this.nisbas = nisbas;
        this.versions = versions;
    }

    /**
     * The shipped catalog: CLDR countries, the bundled file, the learned aliases and CLDR city names, plus
     * the user catalogs named by the {@value #USER_CATALOGS_ENV} environment variable.
     */
    public static AliasCatalog standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final AliasCatalog INSTANCE = withUserCatalogs(standardBuilder(), System.getenv(USER_CATALOGS_ENV)).build();
    }

    /** Environment variable naming user catalogs ({@code :}-separated paths) that {@link #standard()} adds. */
    public static final String USER_CATALOGS_ENV = "MARSAD_CATALOG";

    static Builder withUserCatalogs(Builder b, String paths) {
        if (paths != null && !paths.isBlank()) {
            for (String p : paths.split(java.io.File.pathSeparator)) {
                if (!p.isBlank()) {
                    b.read(Path.of(p.strip()));
                }
            }
        }
        return b;
    }

    /** A builder preloaded with everything {@link #standard()} holds, to add user catalogs to. */
    public static Builder standardBuilder() {
        Builder b = new Builder().addCldrCountries();
        b.readResource(RESOURCE);
        if (AliasCatalog.class.getResource(LEARNED_RESOURCE) != null) {
            b.readResource(LEARNED_RESOURCE);
        }
        return b.addCldrCities();
    }

    /** The curated part alone (no learned aliases): what {@code marsad train aliases} links with. */
    public static Builder curatedBuilder() {
        Builder b = new Builder().addCldrCountries();
        b.readResource(RESOURCE);
        return b.addCldrCities();
    }

    public static Builder builder() {
        return new Builder();
    }

    public CatalogEntry byKey(String key) {
        return byKey.get(key);
    }

    /** Entries with this name (any spelling variant; clitics must already be removed), best first. */
    public List<CatalogEntry> lookup(CharSequence name) {
        return lookup(name, 0, name.length());
    }

    private List<CatalogEntry> lookup(CharSequence text, int start, int end) {
        if (!nameHashes.mayHoldKeyOf(text, start, end)) {
            return List.of();
        }
        String k = NameKey.of(text, start, end);
        List<CatalogEntry> hit = byName.get(k);
        if (hit == null) {
            hit = byName.get(alternateArticle(k));
        }
        return hit == null ? List.of() : hit;
    }

    /** The best entry with this name, or null. */
    public CatalogEntry find(CharSequence name) {
        List<CatalogEntry> l = lookup(name);
        return l.isEmpty() ? null : l.get(0);
    }

    /** {@link #find(CharSequence)} of {@code text[start, end)}, without cutting it out. */
    public CatalogEntry find(CharSequence text, int start, int end) {
        List<CatalogEntry> l = lookup(text, start, end);
        return l.isEmpty() ? null : l.get(0);
    }

    /** The entry a name may be recognized as by itself (not a link-only name), or null; {@code key} in matching form. */
    CatalogEntry recognizable(String key) {
        return recognizable.get(key);
    }

    /** Every name that may be recognized by itself, in matching form. */
    Set<String> recognizableKeys() {
        return recognizable.keySet();
    }

    /** The longest recognizable name, in words. */
    int maxRecognizableWords() {
        int m = 1;
        for (String k : recognizable.keySet()) {
            int w = 1;
            for (int i = 0; i < k.length(); i++) {
                if (k.charAt(i) == ' ') {
                    w++;
                }
            }
            m = Math.max(m, w);
        }
        return m;
    }

    /** Whether a normalized word is a nationality adjective of a catalog place ({@code الروسية}, {@code أمريكي}). */
    public boolean isNisba(String normalizedWord) {
        return nisbas.contains(NameKey.withoutArticle(normalizedWord));
    }

    public Iterable<CatalogEntry> entries() {
        return byKey.values();
    }

    public int size() {
        return byKey.size();
    }

    /** The {@code @version} of every catalog file read, in order. */
    public List<String> versions() {
        return versions;
    }

    private static String alternateArticle(String key) {
        if (key.indexOf(' ') >= 0) {
            return key;
        }
        return key.startsWith("ال") && key.length() >= 4 ? key.substring(2) : "ال" + key;
    }

    /** Collects entries; lines with the same key add up. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final List<String> versions = new ArrayList<>();

        /** Every ISO 3166 country with its CLDR Arabic name (key {@code country:xx}, Latin from CLDR English). */
        public Builder addCldrCountries() {
            ULocale ar = new ULocale("ar");
            for (String cc : ULocale.getISOCountries()) {
                ULocale l = new ULocale("", cc);
                String arabic = l.getDisplayCountry(ar);
                String english = l.getDisplayCountry(ULocale.ENGLISH).replace(" & ", " and ");
                if (arabic.isBlank() || arabic.equals(cc)) {
                    continue;
                }
                Draft d = draft("country:" + cc.toLowerCase(Locale.ROOT), EntityType.LOC, "CLDR", 0);
                d.latin = english;
                int paren = arabic.indexOf('(');
                if (paren > 0) {
                    d.add(arabic.substring(0, paren).strip(), true);
                    int close = arabic.indexOf(')', paren);
                    String inner = arabic.substring(paren + 1, close > paren ? close : arabic.length()).strip();
                    if (!inner.contains(" ")) {
                        d.add(inner, true);
                    }
                } else {
                    d.add(arabic, true);
                }
            }
            versions.add("CLDR " + com.ibm.icu.util.VersionInfo.ICU_DATA_VERSION);
            return this;
        }

        /** CLDR's Arabic names of time-zone cities, as link-only names (they include common words). */
        public Builder addCldrCities() {
            TimeZoneNames ar = TimeZoneNames.getInstance(new ULocale("ar"));
            TimeZoneNames en = TimeZoneNames.getInstance(ULocale.ENGLISH);
            Set<String> known = new HashSet<>();
            for (Draft d : drafts.values()) {
                for (String n : d.names.keySet()) {
                    known.add(NameKey.of(n));
                }
            }
            for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                String a = ar.getExemplarLocationName(id);
                String e = en.getExemplarLocationName(id);
                if (a == null || e == null || a.indexOf('(') >= 0 || a.indexOf('،') >= 0 || e.indexOf(',') >= 0) {
                    continue;
                }
                String k = NameKey.of(a);
                if (k.isEmpty() || known.contains(k)) {
                    continue;
                }
                String key = "city:" + slug(e);
                Draft d = drafts.get(key);
                if (d == null) {
                    d = draft(key, EntityType.LOC, "CLDR", 0);
                    d.latin = e;
                } else if (d.type != EntityType.LOC) {
                    continue;
                }
                d.add(a, false);
                known.add(k);
            }
            return this;
        }

        public Builder readResource(String resource) {
            try (InputStream in = AliasCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("catalog missing from the jar: " + resource);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Builder read(Path file) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(r, file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read catalog " + file + ": " + e.getMessage(), e);
            }
        }

        /** Reads one catalog file; a malformed line throws {@link CatalogFormatException} naming it. */
        public Builder read(Reader reader, String source) {
            BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            int lineNo = 0;
            try {
                for (String line; (line = br.readLine()) != null; ) {
                    lineNo++;
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    parseLine(line, source, lineNo);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private void parseLine(String line, String source, int lineNo) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("@version")) {
                if (f.length != 2 || f[1].isBlank()) {
                    throw new CatalogFormatException(source, lineNo, "@version needs one value");
                }
                versions.add(source + " " + f[1].strip());
                return;
            }
            if (f.length < 4 || f.length > 5) {
                throw new CatalogFormatException(source, lineNo,
                        "expected 4 or 5 tab-separated fields (key, type, latin, names[, attributes]), found " + f.length);
            }
            String key = f[0].strip();
            if (!KEY.matcher(key).matches()) {
                throw new CatalogFormatException(source, lineNo,
                        "bad key '" + key + "': use lower-case ASCII or Arabic letters, digits and : . _ -");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(f[1].strip());
            } catch (IllegalArgumentException e) {
                throw new CatalogFormatException(source, lineNo, "unknown type '" + f[1] + "' (PERS, ORG or LOC)");
            }
            if (type == EntityType.MISC) {
                throw new CatalogFormatException(source, lineNo, "type MISC is not an entity type of the catalog");
            }
            boolean recognize = true;
            String capital = null;
            Gender gender = null;
            if (f.length == 5 && !f[4].isBlank()) {
                for (String attr : f[4].split(";")) {
                    String a = attr.strip();
                    int eq = a.indexOf('=');
                    if (eq <= 0) {
                        throw new CatalogFormatException(source, lineNo, "attribute '" + a + "' is not name=value");
                    }
                    String name = a.substring(0, eq);
                    String value = a.substring(eq + 1);
                    switch (name) {
                        case "match" -> {
                            if (!value.equals("link") && !value.equals("recognize")) {
                                throw new CatalogFormatException(source, lineNo, "match must be link or recognize");
                            }
                            recognize = value.equals("recognize");
                        }
                        case "capital" -> {
                            if (!value.matches("[A-Za-z]{2}")) {
                                throw new CatalogFormatException(source, lineNo, "capital needs an ISO country code");
                            }
                            capital = value.toUpperCase(Locale.ROOT);
                        }
                        case "gender" -> gender = switch (value) {
                            case "male" -> Gender.MALE;
                            case "female" -> Gender.FEMALE;
                            default -> throw new CatalogFormatException(source, lineNo, "gender must be male or female");
                        };
                        default -> throw new CatalogFormatException(source, lineNo, "unknown attribute '" + name + "'");
                    }
                }
            }
            Draft d = drafts.get(key);
            if (d == null) {
                d = draft(key, type, source, lineNo);
            } else if (d.type != type) {
                throw new CatalogFormatException(source, lineNo,
                        "key " + key + " has type " + d.type + " elsewhere (" + d.source + ")");
            }
            String latin = f[2].strip();
            if (!latin.isEmpty()) {
                d.latin = latin;
            }
            if (capital != null) {
                d.capitalOf = capital;
            }
            if (gender != null) {
                d.gender = gender;
            }
            int added = 0;
            for (String n : f[3].split("\\|")) {
                String name = n.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (NameKey.of(name).isEmpty()) {
                    throw new CatalogFormatException(source, lineNo, "name '" + name + "' has no letters");
                }
                d.add(name, recognize);
                added++;
            }
            if (added == 0 && d.names.isEmpty()) {
                throw new CatalogFormatException(source, lineNo, "no names for " + key);
            }
            if (d.latin == null || d.latin.isEmpty()) {
                throw new CatalogFormatException(source, lineNo, "no latin name for " + key);
            }
        }

        private Draft draft(String key, EntityType type, String source, int line) {
            Draft d = new Draft(type, source + (line > 0 ? ":" + line : ""));
            drafts.put(key, d);
            return d;
        }

        public AliasCatalog build() {
            Map<String, CatalogEntry> byKey = new LinkedHashMap<>();
            Map<String, List<CatalogEntry>> byName = new HashMap<>();
            Map<String, CatalogEntry> recognizable = new HashMap<>();
            Set<String> linkOnlyNames = new HashSet<>();
            Set<String> nisbas = new HashSet<>();
            for (Map.Entry<String, Draft> e : drafts.entrySet()) {
                Draft d = e.getValue();
                List<CatalogEntry.Alias> aliases = new ArrayList<>();
                String preferred = null;
                for (Map.Entry<String, Boolean> n : d.names.entrySet()) {
                    aliases.add(new CatalogEntry.Alias(n.getKey(), n.getValue()));
                    if (preferred == null && isArabic(n.getKey())) {
                        preferred = n.getKey();
                    }
                }
                if (preferred == null) {
                    preferred = aliases.get(0).text();
                }
                CatalogEntry entry = new CatalogEntry(e.getKey(), d.type, preferred, d.latin, aliases, d.capitalOf, d.gender);
                byKey.put(e.getKey(), entry);
                for (CatalogEntry.Alias a : aliases) {
                    String k = NameKey.of(a.text());
                    List<CatalogEntry> l = byName.computeIfAbsent(k, x -> new ArrayList<>(1));
                    if (!l.contains(entry)) {
                        l.add(entry);
                    }
                    if (!a.recognize()) {
                        linkOnlyNames.add(k);
                    } else if (recognizableForm(a.text(), k)) {
                        recognizable.putIfAbsent(k, entry);
                    }
                }
                if (d.type == EntityType.LOC && (e.getKey().startsWith("country:") || e.getKey().startsWith("region:"))) {
                    for (CatalogEntry.Alias a : aliases) {
                        addNisbas(NameKey.of(a.text()), nisbas);
                    }
                }
            }
            // a name marked link-only anywhere never proposes a mention by itself
            recognizable.keySet().removeAll(linkOnlyNames);
            for (Map.Entry<String, List<CatalogEntry>> e : byName.entrySet()) {
                e.setValue(List.copyOf(e.getValue()));
            }
            nisbas.removeAll(byName.keySet());
            // hash maps, not Map.copyOf: the immutable maps find a key's slot with a division, and the linker
            // asks these three for most words of every article; nothing depends on their order
            return new AliasCatalog(Collections.unmodifiableMap(byKey), Collections.unmodifiableMap(byName),
                    Collections.unmodifiableMap(recognizable), Collections.unmodifiableSet(nisbas), List.copyOf(versions));
        }

        private static boolean recognizableForm(String text, String key) {
            if (key.indexOf(' ') >= 0) {
                return true;
            }
            if (isArabic(text)) {
                return key.length() >= 3;
            }
            // Latin names stand alone only as upper-case acronyms or capitalized names of 3+ letters
            return text.length() >= 2 && Character.isUpperCase(text.charAt(0));
        }

        private static void addNisbas(String key, Set<String> out) {
            if (key.indexOf(' ') >= 0) {
                return;
            }
            String w = NameKey.withoutArticle(key);
            List<String> stems = new ArrayList<>();
            if (w.endsWith("ستان")) {
                stems.add(w.substring(0, w.length() - 4));
            }
            if (w.endsWith("يا") || w.endsWith("يه")) {
                stems.add(w.substring(0, w.length() - 2));
            } else if (w.endsWith("ا") || w.endsWith("ه")) {
                stems.add(w.substring(0, w.length() - 1));
            }
            stems.add(w);
            for (String s : stems) {
                if (s.length() < 2) {
                    continue;
                }
                for (String end : new String[] {"ي", "يه", "يون", "يين", "يان"}) {
                    out.add(s + end);
                }
            }
        }

        private static boolean isArabic(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (org.marsad.text.Chars.isArabicLetter(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        static String slug(String english) {
            String s = java.text.Normalizer.normalize(english, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            return s.replaceAll("^-+|-+$", "");
        }
    }

    private static final class Draft {
        final EntityType type;
        final String source;
        final LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
        String latin;
        String capitalOf;
        Gender gender;

        Draft(EntityType type, String source) {
            this.type = type;
            this.source = source;
        }

        void add(String name, boolean recognize) {
            names.merge(name, recognize, (a, b) -> a && b);
        }
    }
}
