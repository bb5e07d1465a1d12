package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.DATE;
import static io.lanmu.search.elasticsearch.IndexedFields.ID;
import static io.lanmu.search.elasticsearch.IndexedFields.TITLE;

import java.util.List;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.query.Understood;
import io.lanmu.search.query.Words;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.client.elc.NativeQueryBuilder;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;

/**
 * The Elasticsearch requests behind each read of the port: searches with their filters, order, page, facets and
 * highlights; suggestions; and the scroll that lists ids.
 */
final class SearchRequests {

    private static final SortOptions BEST = SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc)));
    private static final SortOptions NEWEST =
            SortOptions.of(s -> s.field(f -> f.field(DATE).order(SortOrder.Desc).missing("_last")));
    /** A last tie-breaker, so that pages do not overlap when documents share a score and a date. */
    private static final SortOptions BY_ID = SortOptions.of(s -> s.field(f -> f.field(ID).order(SortOrder.Asc)));
    /** Elasticsearch's default {@code index.max_result_window}: from + size may not exceed it. */
    static final int RESULT_WINDOW = 10_000;
    /** Ids are listed in index order, the cheapest for a scroll; how many per round trip. */
    private static final int IDS_PER_PAGE = 10_000;

    private SearchRequests() {
    }

    /** A search for {@code understood}, the text of {@code query}, holding {@code groupsRequired} of its groups. */
    static NativeQuery search(SearchQuery query, Understood understood, int groupsRequired) {
        boolean hasText = query.text() != null && !query.text().isBlank();
        List<Query> filters = Filters.of(query);
        Query matching;
        if (!hasText) {
            matching = Query.of(q -> q.bool(b -> b.filter(filters)));
        } else if (understood.isEmpty()) {
            // Text made only of punctuation searched for nothing; blank text asks for everything in scope.
            matching = Query.of(q -> q.matchNone(none -> none));
        } else {
            matching = Query.of(q -> q.bool(b -> b.must(TextQueries.relevance(understood, groupsRequired))
                    .filter(filters)));
        }
        NativeQueryBuilder request = NativeQuery.builder()
                .withQuery(matching)
                .withSort(sort(query, hasText))
                .withTrackTotalHits(true)
                // Sorted by date, hits still show how well they matched.
                .withTrackScores(hasText)
                // fetchSource stays null: given true, Spring Data fetches the whole source and ignores the includes.
                .withSourceFilter(new FetchSourceFilter(null, DocumentSource.shownInHits().toArray(String[]::new),
                        null));
        page(request, Math.max(query.page(), 0), query.size());
        Facets.requestFor(request);
        if (!understood.isEmpty()) {
            request.withHighlightQuery(Highlights.of(understood));
        }
        return request.build();
    }

    static NativeQuery suggest(Words words, Scope scope, int page, int size) {
        return NativeQuery.builder()
                .withQuery(q -> q.bool(b -> b.must(TextQueries.suggestion(words)).filter(Filters.inScope(scope))))
                .withSort(List.of(BEST, NEWEST, BY_ID))
                .withSourceFilter(new FetchSourceFilter(null, new String[] {TITLE}, null))
                .withPageable(PageRequest.of(page, size))
                .build();
    }

    /** Every document of {@code scope}, or every document at all when it is null. */
    static NativeQuery ids(Scope scope) {
        return NativeQuery.builder()
                .withQuery(scope == null ? Query.of(q -> q.matchAll(all -> all)) : Filters.inScope(scope))
                .withSort(SortOptions.of(s -> s.doc(d -> d)))
                .withSourceFilter(new FetchSourceFilter(false, null, null))
                .withPageable(PageRequest.of(0, IDS_PER_PAGE))
                .build();
    }

    /**
     * The requested page, cut at the cluster's result window: hits beyond the 10,000th come back as none, with the
     * total and the facets still counted over every match, rather than failing the search.
     */
    private static void page(NativeQueryBuilder request, int page, int size) {
        long from = (long) page * Math.max(size, 0);
        if (size <= 0 || from >= RESULT_WINDOW) {
            request.withMaxResults(0);
        } else {
            request.withPageable(PageRequest.of(page, size)).withMaxResults((int) Math.min(size, RESULT_WINDOW - from));
        }
    }

    private static List<SortOptions> sort(SearchQuery query, boolean hasText) {
        // Without words every document scores alike: newest first.
        if (hasText && query.order() == SearchQuery.Order.RELEVANCE) {
            return List.of(BEST, NEWEST, BY_ID);
        }
        return List.of(NEWEST, BY_ID);
    }
}
