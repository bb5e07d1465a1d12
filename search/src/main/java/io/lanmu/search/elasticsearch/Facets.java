package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.CATEGORY;
import static io.lanmu.search.elasticsearch.IndexedFields.COLUMN_ID;
import static io.lanmu.search.elasticsearch.IndexedFields.YEAR;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.lanmu.search.SearchResult;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchAggregation;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchAggregations;
import org.springframework.data.elasticsearch.client.elc.NativeQueryBuilder;
import org.springframework.data.elasticsearch.core.AggregationsContainer;

/**
 * The facets of a search, counted by terms aggregations over every match: the column, the category and the year of
 * the date in Beijing time (computed when indexing, see {@link DocumentSource}).
 */
final class Facets {

    private static final String COLUMNS = "columns";
    private static final String CATEGORIES = "categories";
    private static final String YEARS = "years";
    // Above any real site's count of columns, categories and years, so that every value is counted.
    private static final int MAX_COLUMNS = 2_000;
    private static final int MAX_CATEGORIES = 200;
    private static final int MAX_YEARS = 1_000;

    private Facets() {
    }

    static void requestFor(NativeQueryBuilder request) {
        request.withAggregation(COLUMNS, Aggregation.of(a -> a.terms(t -> t.field(COLUMN_ID).size(MAX_COLUMNS))))
                .withAggregation(CATEGORIES,
                        Aggregation.of(a -> a.terms(t -> t.field(CATEGORY).size(MAX_CATEGORIES))))
                .withAggregation(YEARS, Aggregation.of(a -> a.terms(t -> t.field(YEAR).size(MAX_YEARS))));
    }

    static SearchResult.Facets read(AggregationsContainer<?> container) {
        if (!(container instanceof ElasticsearchAggregations aggregations)) {
            return SearchResult.Facets.NONE;
        }
        Map<String, ElasticsearchAggregation> byName = aggregations.aggregationsAsMap();
        return new SearchResult.Facets(counts(byName, COLUMNS, Long::valueOf), counts(byName, CATEGORIES, key -> key),
                counts(byName, YEARS, Integer::valueOf));
    }

    /** Documents per value, most first. */
    private static <K> Map<K, Long> counts(Map<String, ElasticsearchAggregation> byName, String name,
            Function<String, K> key) {
        Aggregate aggregate = byName.get(name).aggregation().getAggregate();
        Map<K, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            counts.put(key.apply(bucket.key().stringValue()), bucket.docCount());
        }
        return Collections.unmodifiableMap(counts);
    }
}
