package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.CATEGORY;
import static io.lanmu.search.lucene.IndexedFields.COLUMN_ID;
import static io.lanmu.search.lucene.IndexedFields.YEAR;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.lanmu.search.SearchResult.Facets;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts every match (not just a page), in all and by column, category and year. Counting doc-value ordinals per
 * segment into an array keeps it to a few array increments per match, so facets over a hundred thousand matches stay
 * cheap.
 */
final class FacetCounter extends SimpleCollector {

    private final Counts columns = new Counts(COLUMN_ID);
    private final Counts categories = new Counts(CATEGORY);
    private final Counts years = new Counts(YEAR);
    private long matches;

    static CollectorManager<FacetCounter, Counted> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public Counted reduce(Collection<FacetCounter> counters) {
                FacetCounter total = new FacetCounter();
                for (FacetCounter counter : counters) {
                    total.matches += counter.matches;
                    total.columns.add(counter.columns);
                    total.categories.add(counter.categories);
                    total.years.add(counter.years);
                }
                return new Counted(total.matches, total.facets());
            }
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        columns.startSegment(context);
        categories.startSegment(context);
        years.startSegment(context);
    }

    @Override
    public void collect(int doc) throws IOException {
        matches++;
        columns.count(doc);
        categories.count(doc);
        years.count(doc);
    }

    @Override
    public void finish() throws IOException {
        columns.finishSegment();
        categories.finishSegment();
        years.finishSegment();
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    Facets facets() {
        return new Facets(columns.byKey(Long::valueOf), categories.byKey(Function.identity()),
                years.byKey(Integer::valueOf));
    }

    /** How many documents matched, and their facets. */
    record Counted(long total, Facets facets) {
    }

    /** The counts of one field's values. */
    private static final class Counts {

        private final String field;
        private final Map<String, Long> totals = new HashMap<>();
        private SortedDocValues values;
        private int[] segmentCounts;

        Counts(String field) {
            this.field = field;
        }

        void startSegment(LeafReaderContext context) throws IOException {
            values = DocValues.getSorted(context.reader(), field);
            segmentCounts = new int[values.getValueCount()];
        }

        void count(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                segmentCounts[values.ordValue()]++;
            }
        }

        void finishSegment() throws IOException {
            for (int ordinal = 0; ordinal < segmentCounts.length; ordinal++) {
                if (segmentCounts[ordinal] > 0) {
                    totals.merge(values.lookupOrd(ordinal).utf8ToString(), (long) segmentCounts[ordinal], Long::sum);
                }
            }
        }

        void add(Counts other) {
            other.totals.forEach((key, count) -> totals.merge(key, count, Long::sum));
        }

        <K> Map<K, Long> byKey(Function<String, K> key) {
            Map<K, Long> counts = new HashMap<>();
            totals.forEach((value, count) -> counts.put(key.apply(value), count));
            return Map.copyOf(counts);
        }
    }
}
