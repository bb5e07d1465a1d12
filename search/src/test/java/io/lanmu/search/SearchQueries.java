package io.lanmu.search;

import java.time.Instant;
import java.util.Set;

import io.lanmu.search.SearchQuery.Order;

/** Builds {@link SearchQuery}s for tests: a public search, first page of ten, best first, unless told otherwise. */
public final class SearchQueries {

    private String text;
    private Scope scope = Scope.PUBLIC;
    private Set<Long> underColumns = Set.of();
    private Set<Long> inColumns = Set.of();
    private Set<String> categories = Set.of();
    private Set<String> statuses = Set.of();
    private Instant from;
    private Instant to;
    private Order order = Order.RELEVANCE;
    private int page;
    private int size = 10;

    private SearchQueries(String text) {
        this.text = text;
    }

    public static SearchQueries searchFor(String text) {
        return new SearchQueries(text);
    }

    public static SearchQueries everything() {
        return new SearchQueries("");
    }

    public SearchQueries in(Scope scope) {
        this.scope = scope;
        return this;
    }

    public SearchQueries underColumns(Long... columnIds) {
        this.underColumns = Set.of(columnIds);
        return this;
    }

    public SearchQueries inColumns(Long... columnIds) {
        this.inColumns = Set.of(columnIds);
        return this;
    }

    public SearchQueries categories(String... categories) {
        this.categories = Set.of(categories);
        return this;
    }

    public SearchQueries statuses(String... statuses) {
        this.statuses = Set.of(statuses);
        return this;
    }

    public SearchQueries from(String isoInstant) {
        this.from = Instant.parse(isoInstant);
        return this;
    }

    public SearchQueries to(String isoInstant) {
        this.to = Instant.parse(isoInstant);
        return this;
    }

    public SearchQueries newestFirst() {
        this.order = Order.NEWEST;
        return this;
    }

    public SearchQueries page(int page, int size) {
        this.page = page;
        this.size = size;
        return this;
    }

    public SearchQuery build() {
        return new SearchQuery(text, scope, underColumns, inColumns, categories, statuses, from, to, order, page, size);
    }
}
