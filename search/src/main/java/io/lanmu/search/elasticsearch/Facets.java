package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.CATEGORY;
import static io.lanmu.search.elasticsearch.IndexedFields.COLUMN_ID;
import static io.lanmu.search.elasticsearch.IndexedFields.DATE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.lanmu.search.SearchResult;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchAggregation;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchAggregations;
import org.springframework.data.elasticsearch.client.elc.NativeQueryBuilder;
import org.springframework.data.elasticsearch.core.AggregationsContainer;

/**
 * The facets of a search, counted by aggregations over every match: terms of the column and the category, and a
 * calendar-year histogram of the date in Beijing time.
 */
final class Facets {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String COLUMNS = "columns";
    private static final String CATEGORIES = "categories";
    private static final String YEARS = "years";
    // Above any real site's count of columns and categories, so that terms counts are complete.
    private static final int MAX_COLUMNS = 2_000;
    private static final int MAX_CATEGORIES = 200;

    private Facets() {
    }

    static void requestFor(NativeQueryBuilder request) {
        request.withAggregation(COLUMNS, Aggregation.of(a -> a.terms(t -> t.field(COLUMN_ID).size(MAX_COLUMNS))))
                .withAggregation(CATEGORIES,
                        Aggregation.of(a -> a.terms(t -> t.field(CATEGORY).size(MAX_CATEGORIES))))
                .withAggregation(YEARS, Aggregation.of(a -> a.dateHistogram(h -> h.field(DATE)
                        .calendarInterval(CalendarInterval.Year).timeZone(BEIJING.getId()).minDocCount(1))));
    }

    static SearchResult.Facets read(AggregationsContainer<?> container) {
        if (!(container instanceof ElasticsearchAggregations aggregations)) {
            return SearchResult.Facets.NONE;
        }
        Map<String, ElasticsearchAggregation> byName = aggregations.aggregationsAsMap();
        Map<Long, Long> columns = new LinkedHashMap<>();
        for (StringTermsBucket bucket : aggregate(byName, COLUMNS).sterms().buckets().array()) {
            columns.put(Long.parseLong(bucket.key().stringValue()), bucket.docCount());
        }
        Map<String, Long> categories = new LinkedHashMap<>();
        for (StringTermsBucket bucket : aggregate(byName, CATEGORIES).sterms().buckets().array()) {
            categories.put(bucket.key().stringValue(), bucket.docCount());
        }
        Map<Integer, Long> years = new LinkedHashMap<>();
        for (DateHistogramBucket bucket : aggregate(byName, YEARS).dateHistogram().buckets().array()) {
            // The key is the first instant of the year in Beijing, in epoch milliseconds.
            years.put(Instant.ofEpochMilli(bucket.key()).atZone(BEIJING).getYear(), bucket.docCount());
        }
        return new SearchResult.Facets(columns, categories, years);
    }

    private static Aggregate aggregate(Map<String, ElasticsearchAggregation> byName, String name) {
        return byName.get(name).aggregation().getAggregate();
    }
}
