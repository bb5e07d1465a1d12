package io.lanmu.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of hits, the total and the facets of everything that matched.
 *
 * @param rescues what search did beyond matching the words as typed, for the query log
 */
public record SearchResult(long total, List<Hit> hits, Facets facets, Set<Rescue> rescues) {

    public SearchResult {
        rescues = rescues == null || rescues.isEmpty() ? Set.of() : Set.copyOf(rescues);
    }

    public SearchResult(long total, List<Hit> hits, Facets facets) {
        this(total, hits, facets, Set.of());
    }

    /**
     * A matching document.
     *
     * @param highlights snippets with the matched words wrapped in {@code <em>}, by field: {@code title},
     *     {@code body}, and {@code attachment} when attachment text matched
     * @param matchedAttachments names of the attachments whose text matched
     */
    public record Hit(String id, long itemId, String title, String summary, long columnId, String category,
            String status, Instant date, float score, Map<String, List<String>> highlights,
            List<String> matchedAttachments) {
    }

    /**
     * Counts over all matching documents (not just this page).
     *
     * @param columns by the document's own column id
     * @param years by the year of {@link SearchDocument#date()} in Beijing time
     */
    public record Facets(Map<Long, Long> columns, Map<String, Long> categories, Map<Integer, Long> years) {

        public static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of());
    }
}
