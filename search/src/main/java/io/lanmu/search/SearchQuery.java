package io.lanmu.search;

import java.time.Instant;
import java.util.Set;

/**
 * A search. Every filter is optional; an empty set means "no restriction".
 *
 * @param text what the user typed; blank matches every document in scope
 * @param underColumns documents in any of these columns or anywhere beneath them
 * @param inColumns documents whose own column is one of these (an editor's columns)
 * @param from inclusive lower bound of {@link SearchDocument#date()}
 * @param to exclusive upper bound of {@link SearchDocument#date()}
 * @param page zero-based
 */
public record SearchQuery(String text, Scope scope, Set<Long> underColumns, Set<Long> inColumns,
        Set<String> categories, Set<String> statuses, Instant from, Instant to, Order order, int page, int size) {

    public SearchQuery {
        underColumns = underColumns == null ? Set.of() : Set.copyOf(underColumns);
        inColumns = inColumns == null ? Set.of() : Set.copyOf(inColumns);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        order = order == null ? Order.RELEVANCE : order;
    }

    /** A public search for {@code text}: first page of ten, best first. */
    public static SearchQuery publicSearch(String text) {
        return new SearchQuery(text, Scope.PUBLIC, null, null, null, null, null, null, Order.RELEVANCE, 0, 10);
    }

    public enum Order {
        /** Best match first; ties newest first. */
        RELEVANCE,
        /** Newest {@link SearchDocument#date()} first. */
        NEWEST
    }
}
