package org.marsad.index.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.marsad.index.TimelineQuery;

/**
 * Counts, over the documents a query matches, the values of some sorted-set fields (in global
 * ordinal space), publication periods, and the sum of one numeric field. Single-threaded searches
 * use one collector; the manager merges if the searcher slices.
 */
final class ValueCounter implements CollectorManager<ValueCounter.Counts, ValueCounter.Counts> {
    private final GlobalOrdinals.Field[] fields;
    private final TimelineQuery.Interval interval;
    private final String sumField;

    ValueCounter(List<GlobalOrdinals.Field> fields, TimelineQuery.Interval interval, String sumField) {
        this.fields = fields.toArray(new GlobalOrdinals.Field[0]);
        this.interval = interval;
        this.sumField = sumField;
    }

    @Override
    public Counts newCollector() {
        return new Counts(fields, interval, sumField);
    }

    @Override
    public Counts reduce(Collection<Counts> collectors) {
        Counts first = null;
        for (Counts c : collectors) {
            if (first == null) {
                first = c;
            } else {
                first.merge(c);
            }
        }
        return first == null ? newCollector() : first;
    }

    static final class Counts implements Collector {
        final GlobalOrdinals.Field[] fields;
        final int[][] counts;
        final TimelineQuery.Interval interval;
        final String sumField;
        final Map<Integer, long[]> periods = new HashMap<>();
        long docs;
        long sum;

        Counts(GlobalOrdinals.Field[] fields, TimelineQuery.Interval interval, String sumField) {
            this.fields = fields;
            this.counts = new int[fields.length][];
            for (int i = 0; i < fields.length; i++) {
                counts[i] = new int[(int) fields[i].valueCount];
            }
            this.interval = interval;
            this.sumField = sumField;
        }

        void merge(Counts o) {
            for (int i = 0; i < counts.length; i++) {
                for (int j = 0; j < counts[i].length; j++) {
                    counts[i][j] += o.counts[i][j];
                }
            }
            o.periods.forEach((k, v) -> periods.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
            docs += o.docs;
            sum += o.sum;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            SortedSetDocValues[] dvs = new SortedSetDocValues[fields.length];
            LongValues[] global = new LongValues[fields.length];
            for (int i = 0; i < fields.length; i++) {
                dvs[i] = DocValues.getSortedSet(leaf.reader(), fields[i].name);
                global[i] = fields[i].toGlobal(leaf);
            }
            NumericDocValues days = interval == null ? null : DocValues.getNumeric(leaf.reader(), ArchiveSchema.DAY);
            NumericDocValues sums = sumField == null ? null : DocValues.getNumeric(leaf.reader(), sumField);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    docs++;
                    for (int i = 0; i < dvs.length; i++) {
                        SortedSetDocValues dv = dvs[i];
                        if (dv.advanceExact(doc)) {
                            int[] c = counts[i];
                            for (int k = dv.docValueCount(); k > 0; k--) {
                                c[(int) global[i].get(dv.nextOrd())]++;
                            }
                        }
                    }
                    if (days != null && days.advanceExact(doc)) {
                        periods.computeIfAbsent(periodKey(days.longValue()), x -> new long[1])[0]++;
                    }
                    if (sums != null && sums.advanceExact(doc)) {
                        sum += sums.longValue();
                    }
                }
            };
        }

        private int periodKey(long epochDay) {
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            return switch (interval) {
                case YEAR -> d.getYear() * 10000;
                case MONTH -> d.getYear() * 10000 + d.getMonthValue() * 100;
                case DAY -> d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            };
        }

        /** The {@code n} most frequent values of field {@code i}, as (value, count), ties by value. */
        List<Map.Entry<String, Long>> top(int i, int n) throws IOException {
            int[] c = counts[i];
            java.util.PriorityQueue<int[]> pq = new java.util.PriorityQueue<>((a, b) -> a[1] != b[1]
                    ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]));
            for (int ord = 0; ord < c.length; ord++) {
                if (c[ord] > 0) {
                    if (pq.size() < n) {
                        pq.add(new int[] {ord, c[ord]});
                    } else if (n > 0 && (c[ord] > pq.peek()[1])) {
                        pq.poll();
                        pq.add(new int[] {ord, c[ord]});
                    }
                }
            }
            List<int[]> winners = new ArrayList<>(pq);
            winners.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            List<Map.Entry<String, Long>> out = new ArrayList<>(winners.size());
            for (int[] w : winners) {
                out.add(Map.entry(fields[i].lookup(w[0]), (long) w[1]));
            }
            return out;
        }

        /** Periods in time order, as {@code 2018}, {@code 2018-02} or {@code 2018-02-18}. */
        List<Map.Entry<String, Long>> periods() {
            List<Integer> keys = new ArrayList<>(periods.keySet());
            keys.sort(null);
            List<Map.Entry<String, Long>> out = new ArrayList<>(keys.size());
            for (int k : keys) {
                int y = k / 10000;
                int m = k / 100 % 100;
                int d = k % 100;
                String label = switch (interval) {
                    case YEAR -> String.format("%04d", y);
                    case MONTH -> String.format("%04d-%02d", y, m);
                    case DAY -> String.format("%04d-%02d-%02d", y, m, d);
                };
                out.add(Map.entry(label, periods.get(k)[0]));
            }
            return out;
        }
    }
}
