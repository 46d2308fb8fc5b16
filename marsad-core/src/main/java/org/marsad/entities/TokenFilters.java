package org.marsad.entities;

import java.util.Collection;
import java.util.List;
import org.marsad.model.Field;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TokenSequence;

/**
 * The per-token word filters of the catalog recognizer and the organization phrases in one table: for each
 * word token of an article, whether its normalized form or the word of one of its clitic readings may start
 * a catalog name, and whether it may be an organization's head. Each of the two steps used to fold every
 * token's letters and probe its own table; one pass per token now answers both. The same pass gives each
 * token's normalized form's hash code, with which the article's standalone words are found without a
 * normalized string per token. Immutable and thread-safe.
 */
final class TokenFilters {
    static final int CATALOG_FIRST_WORD = 1;
    static final int ORGANIZATION_HEAD = 2;

    private final NameHashes table;

    TokenFilters(Collection<String> catalogFirstWords, Collection<String> organizationHeads) {
        this.table = new NameHashes(List.of(catalogFirstWords, organizationHeads));
    }

    /** The bits of each word token of the article; 0 for other tokens. */
    Marks mark(AnalyzedText text) {
        Field[] fields = Field.values();
        byte[][] byField = new byte[fields.length][];
        int[][] hashes = new int[fields.length][];
        for (Field f : fields) {
            TokenSequence ts = text.tokens(f);
            String src = ts.source();
            byte[] bits = new byte[ts.size()];
            int[] hash = new int[ts.size()];
            for (int i = 0; i < bits.length; i++) {
                if (ts.kind(i).isWord()) {
                    long fh = table.flagsAndHashOfNormalizedOrReading(src, ts.start(i), ts.end(i));
                    bits[i] = (byte) fh;
                    hash[i] = (int) (fh >>> 32);
                }
            }
            byField[f.ordinal()] = bits;
            hashes[f.ordinal()] = hash;
        }
        return new Marks(byField, hashes);
    }

    /** An article's tokens' bits and normalized forms' hash codes, by field and token index. */
    static final class Marks {
        private final byte[][] byField;
        private final int[][] hashes;

        private Marks(byte[][] byField, int[][] hashes) {
            this.byField = byField;
            this.hashes = hashes;
        }

        boolean has(Field f, int token, int filter) {
            return (byField[f.ordinal()][token] & filter) != 0;
        }

        /** {@code ts.norm(token).hashCode()} of a word token, without the string; 0 for other tokens. */
        int normalizedHash(Field f, int token) {
            return hashes[f.ordinal()][token];
        }
    }
}
