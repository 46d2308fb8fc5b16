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
 * token's letters and probe its own table; one pass per token now answers both. Immutable and thread-safe.
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
        for (Field f : fields) {
            TokenSequence ts = text.tokens(f);
            String src = ts.source();
            byte[] bits = new byte[ts.size()];
            for (int i = 0; i < bits.length; i++) {
                if (ts.kind(i).isWord()) {
                    bits[i] = (byte) table.flagsOfNormalizedOrReading(src, ts.start(i), ts.end(i));
                }
            }
            byField[f.ordinal()] = bits;
        }
        return new Marks(byField);
    }

    /** An article's tokens' bits, by field and token index. */
    static final class Marks {
        private final byte[][] byField;

        private Marks(byte[][] byField) {
            this.byField = byField;
        }

        boolean has(Field f, int token, int filter) {
            return (byField[f.ordinal()][token] & filter) != 0;
        }
    }
}
