package org.marsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TextAnalyzer;

/** Word types kept across sentences change nothing: the prepared sentences and the tags are those computed afresh. */
class TokenTypesTest {
    private static final String TEXT = "قال الرئيس عبد المجيد تبون في الجزائر إن الحكومة ستدعم المفاوضات. "
            + "وأكد الرئيس تبون أن الجزائر تدعم «الحوار الوطني» مع حركة مجتمع السلم وشركة سوناطراك. "
            + "Le président Tebboune a rencontré Emmanuel Macron à Paris le 12 mai 2025, 3,5 مليار دولار. "
            + "وفي تونس، قال رئيس الحكومة يوسف الشاهد لوكالة رويترز إن تونس والجزائر وفرنسا تتفق. "
            + "قال الرئيس عبد المجيد تبون في الجزائر إن الحكومة ستدعم المفاوضات.";

    @Test
    void sentencesPreparedFromKeptTypesEqualThoseComputedAfreshAndKeepTheirScores() throws Exception {
        NerTagger tagger = NerTagger.shipped();
        NerFeatures features = tagger.features();
        AnalyzedText text = new TextAnalyzer().analyze(Article.of("t", "الرئيس تبون في باريس", TEXT, null));
        NerDocument doc = StatisticalEntityRecognizer.document(text);
        // 16 records: types keep taking each other's records, and a sentence has more types than records
        TokenTypes few = types(tagger, 16);
        TokenTypes many = types(tagger, 4096);
        SentenceContext kept = new SentenceContext(few);
        SentenceContext big = new SentenceContext(many);
        int unkept = 0;
        for (int round = 0; round < 3; round++) {
            for (int s = 0; s < doc.sentences(); s++) {
                SentenceContext fresh = new SentenceContext();
                doc.prepare(features, fresh, s);
                doc.prepare(features, kept, s);
                doc.prepare(features, big, s);
                for (int i = 0; i < kept.n; i++) {
                    unkept += kept.typeSlot[i] < 0 ? 1 : 0;
                }
                assertSame(fresh, kept);
                assertSame(fresh, big);
                assertKeptScores(tagger, fresh, kept, few);
                assertKeptScores(tagger, fresh, big, many);
            }
        }
        assertThat(unkept).as("tokens whose record other tokens of their sentence hold").isPositive();
        assertThat(java.util.Arrays.stream(big.typeSlot, 0, big.n).min().orElse(0)).as("all kept in 4,096 records").isNotNegative();
    }

    /** What each kept token gives in each role equals the weights of its role features computed afresh. */
    private static void assertKeptScores(NerTagger tagger, SentenceContext fresh, SentenceContext c, TokenTypes types) {
        int[] feats = new int[NerFeatures.MAX_FEATURES];
        for (int i = 0; i < c.n; i++) {
            if (c.typeSlot[i] < 0) {
                continue;
            }
            for (int role = 0; role < NerFeatures.ROLES; role++) {
                int[] expected = new int[NerTags.COUNT];
                tagger.first().sum(feats, tagger.features().roleFeatures(role, fresh, i, feats, 0), expected, 0,
                        new NerWeights.Lookup());
                int[] got = new int[NerTags.COUNT];
                types.addScores(c.typeSlot[i], role, got);
                assertThat(got).as("token %d role %d", i, role).containsExactly(expected);
            }
        }
    }

    private static TokenTypes types(NerTagger tagger, int capacity) {
        return new TokenTypes(tagger.features(), tagger.first(), capacity);
    }

    @Test
    void tagsWithKeptTypesEqualTagsOfAFreshTagger() {
        NerTagger tagger = NerTagger.shipped();
        AnalyzedText text = new TextAnalyzer().analyze(Article.of("t", "الرئيس تبون في باريس", TEXT, null));
        NerDocument doc = StatisticalEntityRecognizer.document(text);
        // a scratch without kept types scores every feature of every token
        NerTagger.FirstPass plain = tagger.firstPass(doc, true, new NerTagger.Scratch());
        for (int round = 0; round < 3; round++) {
            NerTagger.FirstPass fp = tagger.firstPass(doc, true, new NerTagger.Scratch(types(tagger, 32)));
            for (int s = 0; s < plain.tags.length; s++) {
                assertThat(fp.tags[s]).containsExactly(plain.tags[s]);
                assertThat(fp.emission[s]).containsExactly(plain.emission[s]);
            }
        }
    }

    @Test
    void findsOnlyTheSameCharactersAndKeepsNoTypeLongerThanItsKeySpace() {
        NerFeatures features = NerTagger.shipped().features();
        TokenTypes types = types(NerTagger.shipped(), 64);
        SentenceContext c = new SentenceContext(types);
        String text = "الجزائر الجزائرية " + "ا".repeat(TokenTypes.KEY_CHARS) + " " + "ا".repeat(TokenTypes.KEY_CHARS + 1);
        features.prepare(c, new org.marsad.text.Tokenizer().tokenize(text, org.marsad.model.Field.TEXT), 0, 4);
        assertThat(c.typeSlot[0]).isNotNegative();
        assertThat(c.typeSlot[1]).isNotNegative().isNotEqualTo(c.typeSlot[0]);
        assertThat(c.typeSlot[2]).as("a type of exactly KEY_CHARS characters is kept").isNotNegative();
        assertThat(c.typeSlot[3]).as("a longer one is not").isNegative();
        types.nextSentence();
        assertThat(types.find(text, 0, 7)).isEqualTo(c.typeSlot[0]);
        assertThat(types.find(text, 8, 17)).isEqualTo(c.typeSlot[1]);
        assertThat(types.find(text, 8, 16)).as("a prefix of a kept type").isNegative();
        assertThat(types.find("الجزائز", 0, 7)).as("one letter different").isNegative();
    }

    @Test
    void aSetFullOfTheCurrentSentencesTypesGivesNoneAway() throws Exception {
        NerFeatures features = NerTagger.shipped().features();
        // 16 records in 4 sets of four: a sentence of 40 types fills every set, so some tokens go unkept
        SentenceContext c = new SentenceContext(types(NerTagger.shipped(), 16));
        StringBuilder b = new StringBuilder();
        String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
        for (int k = 0; k < 40; k++) {
            b.append("كتا").append(letters.charAt(k % letters.length())).append(letters.charAt(k / letters.length())).append(' ');
        }
        var tokens = new org.marsad.text.Tokenizer().tokenize(b.toString(), org.marsad.model.Field.TEXT);
        assertThat(tokens.size()).isEqualTo(40);
        features.prepare(c, tokens, 0, tokens.size());
        java.util.Set<Integer> slots = new java.util.HashSet<>();
        int kept = 0;
        for (int i = 0; i < c.n; i++) {
            if (c.typeSlot[i] >= 0) {
                kept++;
                assertThat(slots.add(c.typeSlot[i])).as("record of token %d given to one token only", i).isTrue();
            }
        }
        assertThat(kept).isBetween(8, 16);
        SentenceContext fresh = new SentenceContext();
        features.prepare(fresh, tokens, 0, tokens.size());
        assertSame(fresh, c);
    }

    /**
     * Every per-token array of the context (found by reflection, so a new one cannot be forgotten) is equal,
     * except a kept token's affix and clitic hashes and word and stem indexes: only its role features read them, and it has their
     * scores instead ({@link #assertKeptScores}).
     */
    private static void assertSame(SentenceContext expected, SentenceContext actual) throws Exception {
        assertThat(actual.n).isEqualTo(expected.n);
        int n = expected.n;
        for (Field f : SentenceContext.class.getDeclaredFields()) {
            if (f.getName().equals("typeSlot") || f.getName().equals("typeHash") || f.getName().equals("chars")) {
                continue;
            }
            f.setAccessible(true);
            Object e = f.get(expected);
            Object a = f.get(actual);
            boolean ownOnly = java.util.Set.of("affix", "cliticH", "wordIdx", "stemIdx").contains(f.getName());
            if (e instanceof int[] ei) {
                assertThat(copy((int[]) a, n, actual, ownOnly)).as(f.getName()).containsExactly(copy(ei, n, actual, ownOnly));
            } else if (e instanceof int[][] ee) {
                for (int r = 0; r < ee.length; r++) {
                    assertThat(copy(((int[][]) a)[r], n, actual, ownOnly)).as(f.getName() + "[" + r + "]")
                            .containsExactly(copy(ee[r], n, actual, ownOnly));
                }
            }
        }
    }

    /** The first {@code n} values, those of kept tokens zeroed when {@code ownOnly}. */
    private static int[] copy(int[] values, int n, SentenceContext c, boolean ownOnly) {
        int[] out = java.util.Arrays.copyOf(values, n);
        for (int i = 0; ownOnly && i < n; i++) {
            if (c.typeSlot[i] >= 0) {
                out[i] = 0;
            }
        }
        return out;
    }
}
