package org.marsad.index.lucene;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Ordinals of a sorted-set doc-values field that span all segments of one reader, built once per
 * reader and field, so facet counting is an array increment per value and only the winners are
 * turned back into strings.
 */
final class GlobalOrdinals {
    private final IndexReader reader;
    private final ConcurrentHashMap<String, Field> fields = new ConcurrentHashMap<>();

    GlobalOrdinals(IndexReader reader) {
        this.reader = reader;
    }

    IndexReader reader() {
        return reader;
    }

    Field field(String name) {
        return fields.computeIfAbsent(name, n -> {
            try {
                return build(n);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private Field build(String name) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.size() == 1) {
            return new Field(name, null, DocValues.getSortedSet(leaves.get(0).reader(), name).getValueCount(), leaves);
        }
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(leaves.get(i).reader(), name);
        }
        OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        return new Field(name, map, map.getValueCount(), leaves);
    }

    /** One field's global ordinal space. */
    static final class Field {
        final String name;
        private final OrdinalMap map;
        final long valueCount;
        private final List<LeafReaderContext> leaves;

        Field(String name, OrdinalMap map, long valueCount, List<LeafReaderContext> leaves) {
            this.name = name;
            this.map = map;
            this.valueCount = valueCount;
            this.leaves = leaves;
        }

        LongValues toGlobal(LeafReaderContext leaf) {
            return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
        }

        String lookup(long globalOrd) throws IOException {
            int segment = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
            long segOrd = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
            SortedSetDocValues dv = DocValues.getSortedSet(leaves.get(segment).reader(), name);
            BytesRef b = dv.lookupOrd(segOrd);
            return b.utf8ToString();
        }
    }
}
