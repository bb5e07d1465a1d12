package io.lanmu.search;

import io.lanmu.item.ItemCatalog;
import io.lanmu.search.querylog.QueryLog;
import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Searching as visitors and as staff. Visitors see published items in visible columns only; staff see
 * the latest revision of every item in the columns they may read.
 */
@Service
public class ItemSearch {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_PAGE_SIZE = 50;
    static final int MAX_SUGGESTIONS = 20;
    static final int MAX_DEPTH = 10_000;

    private final SearchEngine engine;
    private final ItemCatalog catalog;
    private final QueryLog queryLog;
    private final EngineAvailability availability;
    private final RelatedSearches related;

    ItemSearch(SearchEngine engine, ItemCatalog catalog, QueryLog queryLog, EngineAvailability availability,
            RelatedSearches related) {
        this.engine = engine;
        this.catalog = catalog;
        this.queryLog = queryLog;
        this.availability = availability;
        this.related = related;
    }

    /** A visitor's search; recorded, without personal data, in the query log. */
    public SearchResult searchPublished(Filter filter, int page, int size) {
        availability.requireAvailable();
        long started = System.nanoTime();
        SearchResult result = engine.search(query(Scope.PUBLIC, filter, Set.of(), page, size));
        if (filter.text() != null && !filter.text().isBlank()) {
            queryLog.record(filter.text(), result.total(), (System.nanoTime() - started) / 1_000_000,
                    result.rescues());
        }
        return result;
    }

    /**
     * Records a visitor's search that was answered from memory, without searching again, so the query log still
     * counts every search; like every entry it is buffered and written in batches.
     */
    public void recordPublishedSearch(String text, long hits, Set<Rescue> rescues) {
        if (text != null && !text.isBlank()) {
            queryLog.record(text, hits, 0, rescues);
        }
    }

    /**
     * Searches a visitor may mean instead of {@code text} (您是不是要找): its dictionary terms in their other forms, and
     * earlier visitors' queries that found something and share a word with it. From memory; never throws.
     */
    public List<String> relatedSearches(String text, int limit) {
        if (text == null || text.isBlank() || text.length() > MAX_QUERY_LENGTH) {
            return List.of();
        }
        return related.of(text.strip(), limit);
    }

    /** A staff search over drafts and everything else in the columns the reader may see. */
    public SearchResult searchAsStaff(Filter filter, int page, int size, Actor reader) {
        availability.requireAvailable();
        Set<Long> readable = catalog.readableColumns(reader);
        return engine.search(query(Scope.EDITORIAL, filter, readable, page, size));
    }

    /** Published titles for what a visitor is typing. */
    public List<String> suggest(String prefix, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new InvalidInput("limit", "suggest-limit-invalid", "Ask for 1 to " + MAX_SUGGESTIONS + " suggestions",
                    MAX_SUGGESTIONS);
        }
        availability.requireAvailable();
        return engine.suggest(limitedText(prefix), Scope.PUBLIC, limit);
    }

    private static SearchQuery query(Scope scope, Filter filter, Set<Long> inColumns, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput(page < 0 ? "page" : "size", "search-page-invalid",
                    "Pages start at 0 and hold 1 to " + MAX_PAGE_SIZE + " hits", MAX_PAGE_SIZE);
        }
        if (((long) page + 1) * size > MAX_DEPTH) {
            // Both engines rank every hit up to the page asked for; Elasticsearch stops at 10,000 anyway.
            throw new InvalidInput("page", "search-too-deep", "A search shows its first " + MAX_DEPTH
                    + " hits; narrow it down to see more", MAX_DEPTH);
        }
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new InvalidInput("to", "period-reversed", "The end of the period lies before its start");
        }
        return new SearchQuery(limitedText(filter.text()), scope, filter.columns(), inColumns, filter.categories(),
                filter.statuses(), filter.from(), filter.to(), filter.order(), page, size);
    }

    private static String limitedText(String text) {
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInput("q", "query-too-long", "A search has at most " + MAX_QUERY_LENGTH + " characters",
                    MAX_QUERY_LENGTH);
        }
        return text == null ? "" : text.strip();
    }

    /**
     * What to search for and where.
     *
     * @param columns items in these columns or beneath them
     * @param statuses workflow states (staff searches only)
     */
    public record Filter(String text, Set<Long> columns, Set<String> categories, Set<String> statuses, Instant from,
            Instant to, SearchQuery.Order order) {
    }
}
