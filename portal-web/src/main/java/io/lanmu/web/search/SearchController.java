package io.lanmu.web.search;

import io.lanmu.search.ItemSearch;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.shared.Actor;
import io.lanmu.shared.SiteProperties;
import io.lanmu.web.FieldText;
import io.lanmu.web.PageCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Search", description = "Full-text search in Chinese, by words; public and for staff")
@RestController
class SearchController {

    private static final int RELATED_SEARCHES = 5;

    private final ItemSearch search;
    private final SiteProperties site;

    SearchController(ItemSearch search, SiteProperties site) {
        this.search = search;
        this.site = site;
    }

    @Operation(summary = "Search published items, best hit first, with highlights and facets")
    @GetMapping("/api/v1/search")
    SearchResponse searchPublished(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<Long> column, @RequestParam(required = false) Set<String> category,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "relevance") String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size, HttpServletRequest request) {
        var filter = new ItemSearch.Filter(q, column, category, Set.of(), site.startOf(from), site.endOf(to), order(sort));
        SearchResult result = search.searchPublished(filter, page, size);
        // The answer may be served from memory next time; the query log still counts that search.
        long total = result.total();
        PageCaching.onEveryHit(request, () -> search.recordPublishedSearch(q, total, result.rescues()));
        return SearchResponse.of(result, page, size, false).withRelated(search.relatedSearches(q, RELATED_SEARCHES));
    }

    @Operation(summary = "Titles for what a visitor is typing (搜索建议)")
    @GetMapping("/api/v1/suggest")
    Map<String, Object> suggest(@RequestParam(required = false) String q, @RequestParam(defaultValue = "8") int limit) {
        return Map.of("q", q == null ? "" : q, "suggestions", search.suggest(q, limit));
    }

    @Operation(summary = "Search every item you may see, drafts included, by workflow state too")
    @GetMapping("/api/admin/search")
    SearchResponse searchAsStaff(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<Long> column, @RequestParam(required = false) Set<String> category,
            @RequestParam(required = false) Set<String> status, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size, Actor actor) {
        var filter = new ItemSearch.Filter(q, column, category, status, site.startOf(from), site.endOf(to), order(sort));
        return SearchResponse.of(search.searchAsStaff(filter, page, size, actor), page, size, true);
    }

    private static SearchQuery.Order order(String sort) {
        return "newest".equalsIgnoreCase(sort) ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE;
    }

    /**
     * The answer to a search; {@code hits} are best first (or newest first when asked).
     *
     * @param related searches the visitor may mean instead (您是不是要找): the query's terms in the dictionary's other
     *     forms, and earlier visitors' queries that found something; public searches only
     */
    record SearchResponse(long total, int page, int size, List<Hit> hits, SearchResult.Facets facets,
            List<String> related) {

        static SearchResponse of(SearchResult result, int page, int size, boolean staff) {
            return new SearchResponse(result.total(), page, size,
                    result.hits().stream().map(hit -> Hit.of(hit, staff)).toList(), result.facets(), List.of());
        }

        SearchResponse withRelated(List<String> searches) {
            return new SearchResponse(total, page, size, hits, facets, searches);
        }
    }

    /**
     * @param id the item's id ({@code /api/v1/items/{id}})
     * @param date when it was published (for staff: last changed)
     * @param status the workflow state (staff searches only)
     */
    record Hit(long id, @Schema(description = FieldText.PLAIN) String title,
            @Schema(description = FieldText.PLAIN) String summary, long columnId, String category, Instant date,
            String status,
            float score, @Schema(description = FieldText.HIGHLIGHTS) Map<String, List<String>> highlights,
            List<String> matchedAttachments) {

        static Hit of(SearchResult.Hit hit, boolean staff) {
            return new Hit(hit.itemId(), hit.title(), hit.summary(), hit.columnId(), hit.category(), hit.date(),
                    staff ? hit.status() : null, hit.score(), hit.highlights(), hit.matchedAttachments());
        }
    }
}
