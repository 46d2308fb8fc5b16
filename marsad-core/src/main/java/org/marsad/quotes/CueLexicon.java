package org.marsad.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.Gender;
import org.marsad.model.Stance;
import org.marsad.quotes.Cue.CueType;
import org.marsad.quotes.Cue.Form;
import org.marsad.text.ArabicNormalizer;

/**
 * The speech verbs Marsad recognizes, read from {@code cues.tsv}: each verb's persons, genders,
 * participles and verbal nouns are generated from a few base forms, keyed by normalized surface.
 * Immutable and thread-safe.
 */
public final class CueLexicon {
    private static final String[] OBJECT_PRONOUNS = {"هما", "هم", "ها", "ه", "نا", "ني", "كم"};

    private final Map<String, Cue> forms;
    /**
     * Every surface {@link #lookup} accepts (with و/ف, an object pronoun, بالـ before a verbal noun),
     * mapped to what the rules below give for it: one hashed probe per token instead of substrings.
     */
    private final HashMap<String, Cue> surfaces;
    private final org.marsad.text.HashPrefilter maybeSurface;

    private CueLexicon(Map<String, Cue> forms) {
        this.forms = new HashMap<>(forms);
        this.surfaces = new HashMap<>();
        for (String f : forms.keySet()) {
            for (String p : new String[] {"", "و", "ف", "بال"}) {
                surface(p + f);
                for (String o : OBJECT_PRONOUNS) {
                    surface(p + f + o);
                }
            }
        }
        this.maybeSurface = org.marsad.text.HashPrefilter.ofWords(surfaces.keySet());
    }

    private void surface(String s) {
        if (!surfaces.containsKey(s)) {
            Cue c = derive(s);
            if (c != null) {
                surfaces.put(s, c);
            }
        }
    }

    /** The lexicon shipped with Marsad. */
    public static CueLexicon standard() {
        return Holder.STANDARD;
    }

    public static CueLexicon read(InputStream in) throws IOException {
        Map<String, Cue> forms = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 6) {
                throw new IOException("cues.tsv line " + lineNo + ": expected 6 tab-separated fields, got " + f.length);
            }
            CueType type = CueType.valueOf(f[0].trim().toUpperCase(Locale.ROOT));
            Stance stance = Stance.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
            String past = f[2].trim();
            boolean lemmaOnly = past.startsWith("(") && past.endsWith(")");
            String lemma = lemmaOnly ? past.substring(1, past.length() - 1) : past.split("\\|")[0];
            int named = past.indexOf(")|");
            if (past.startsWith("(") && named > 0) {
                lemma = past.substring(1, named); // "(بين)|بينت|بينوا": the lemma, and only the forms listed
                past = "-" + past.substring(named + 1);
            }
            Entry e = new Entry(forms, lemma, type, stance);
            e.past(lemmaOnly ? "-" : past);
            e.present(f[3].trim());
            e.participle(f[4].trim());
            e.verbalNoun(f[5].trim());
        }
        return new CueLexicon(forms);
    }

    /** The cue a normalized word form is, or null; tries it bare, without و/ف, and without an object pronoun. */
    public Cue lookup(String norm) {
        return maybeSurface.mayContainWord(norm) ? surfaces.get(norm) : null;
    }

    private Cue derive(String norm) {
        Cue c = forms.get(norm);
        if (c != null) {
            return c;
        }
        if (norm.length() > 3 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف')) {
            String bare = norm.substring(1);
            c = forms.get(bare);
            if (c != null) {
                return c;
            }
            c = withoutObject(bare);
            if (c != null) {
                return c;
            }
        }
        if (norm.startsWith("بال") && norm.length() > 4) {
            c = forms.get(norm.substring(3));
            if (c != null && c.form() == Form.VERBAL_NOUN) {
                // "مكتفية بالقول إنه": the verbal noun with no owner works as a participle
                return new Cue(c.lemma(), c.type(), c.stance(), Form.PARTICIPLE, Gender.UNKNOWN, false, false, false);
            }
        }
        return withoutObject(norm);
    }

    private Cue withoutObject(String norm) {
        for (String p : OBJECT_PRONOUNS) {
            if (norm.length() > p.length() + 2 && norm.endsWith(p)) {
                Cue c = forms.get(norm.substring(0, norm.length() - p.length()));
                if (c != null && c.finite()) {
                    return c;
                }
            }
        }
        return null;
    }

    public int size() {
        return forms.size();
    }

    private static final class Entry {
        private final Map<String, Cue> out;
        private final String lemma;
        private final CueType type;
        private final Stance stance;

        Entry(Map<String, Cue> out, String lemma, CueType type, Stance stance) {
            this.out = out;
            this.lemma = lemma;
            this.type = type;
            this.stance = stance;
        }

        void past(String spec) {
            forms(spec, Form.PAST, base -> new String[][] {
                {base}, {base + "ت"}, {base + "وا"}});
        }

        void present(String spec) {
            forms(spec, Form.PRESENT, base -> {
                String stem = base.substring(1);
                return new String[][] {{base}, {"ت" + stem}, {base + "ون", base + "ان", "ت" + stem + "ان"}};
            });
        }

        void participle(String spec) {
            forms(spec, Form.PARTICIPLE, base -> new String[][] {
                {base, base + "ا", base + "اً"}, {base + "ة"}, {base + "ين", base + "ون", base + "ان", base + "ات"}});
        }

        void verbalNoun(String spec) {
            if (spec.equals("-")) {
                return;
            }
            String b = spec;
            add(b, Form.VERBAL_NOUN, Gender.UNKNOWN, false, false);
            add(b + "ه", Form.VERBAL_NOUN, Gender.MALE, false, true);
            add(b + "ها", Form.VERBAL_NOUN, Gender.FEMALE, false, true);
            add(b + "هم", Form.VERBAL_NOUN, Gender.UNKNOWN, true, true);
            add(b + "هما", Form.VERBAL_NOUN, Gender.UNKNOWN, true, true);
        }

        private void forms(String spec, Form form, java.util.function.Function<String, String[][]> gen) {
            if (spec.equals("-")) {
                return;
            }
            String[][] byGender;
            if (spec.contains("|")) {
                String[] p = spec.split("\\|");
                byGender = new String[][] {{p[0]}, {p.length > 1 ? p[1] : "-"}, {p.length > 2 ? p[2] : "-"}};
            } else {
                byGender = gen.apply(spec);
            }
            for (String s : byGender[0]) {
                add(s, form, Gender.MALE, false, false);
            }
            for (String s : byGender[1]) {
                add(s, form, Gender.FEMALE, false, false);
            }
            for (String s : byGender[2]) {
                add(s, form, Gender.UNKNOWN, true, false);
            }
        }

        private void add(String surface, Form form, Gender g, boolean plural, boolean possessive) {
            if (surface.equals("-")) {
                return;
            }
            String key = ArabicNormalizer.normalize(surface);
            // the first reading listed wins: a past form stays a past form if a participle spells the same
            out.putIfAbsent(key, new Cue(lemma, type, stance, form, g, plural, possessive, surface.endsWith("ى")));
        }
    }

    private static final class Holder {
        static final CueLexicon STANDARD = load();

        private static CueLexicon load() {
            try (InputStream in = CueLexicon.class.getResourceAsStream("cues.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("cues.tsv missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
