package io.lanmu.portal;

import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.search.ItemSearch;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.web.PageCaching;
import io.lanmu.visit.PageView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The search page: the same public search as {@code /api/v1/search}, with highlighted snippets, facets by column
 * and category (with their names), pages, and help with suggestions when nothing matched.
 */
@Controller
class SearchPageController {

    /** Snippets arrive escaped with the matched words in {@code <em>}; anything else is dropped all the same. */
    private static final Safelist MARKS_ONLY = Safelist.none().addTags("em");
    private static final int RELATED_SEARCHES = 5;

    private final ItemSearch search;
    private final ColumnTree columns;
    private final Listings listings;
    private final Theme theme;
    private final PortalProperties properties;

    SearchPageController(ItemSearch search, ColumnTree columns, Listings listings, Theme theme,
            PortalProperties properties) {
        this.search = search;
        this.columns = columns;
        this.listings = listings;
        this.theme = theme;
        this.properties = properties;
    }

    @GetMapping("/search")
    ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) Long column,
            @RequestParam(required = false) String category, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") int page, HttpServletRequest request) {
        VisitCounting.viewed(request, PageView.SITE);
        SiteTree site = columns.snapshot();
        String text = q == null ? "" : q.strip();
        boolean newest = "newest".equals(sort);
        ModelAndView view = theme.page("search", site).addObject("q", text).addObject("sort", newest ? "newest" : "relevance")
                .addObject("column", column).addObject("category", category);
        if (text.isEmpty()) {
            return view.addObject("searched", false);
        }
        var filter = new ItemSearch.Filter(text, column == null ? null : Set.of(column),
                category == null ? null : Set.of(category), Set.of(), null, null,
                newest ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE);
        SearchResult result = search.searchPublished(filter, Math.max(page, 1) - 1, properties.searchPageSize());
        // The page may be served from memory next time; the query log still counts that search.
        long total = result.total();
        PageCaching.onEveryHit(request, () -> search.recordPublishedSearch(text, total, result.rescues()));
        long pages = (result.total() + properties.searchPageSize() - 1) / properties.searchPageSize();
        view.addObject("searched", true).addObject("total", result.total()).addObject("page", Math.max(page, 1))
                .addObject("totalPages", pages).addObject("hits", hits(result, site))
                .addObject("columnFacets", columnFacets(result.facets().columns(), site))
                .addObject("categoryFacets", categoryFacets(result.facets().categories()))
                .addObject("related", search.relatedSearches(text, RELATED_SEARCHES));
        if (result.total() == 0) {
            view.addObject("suggestions", search.suggest(text, 5));
        }
        return view;
    }

    private List<Hit> hits(SearchResult result, SiteTree site) {
        // The index holds published items only; a column hidden a moment ago is left out here too.
        return result.hits().stream().filter(hit -> site.isPubliclyVisible(hit.columnId()))
                .map(hit -> {
                    ColumnNode at = site.find(hit.columnId()).orElseThrow();
                    return new Hit(snippet(hit.highlights().get("title"), hit.title()),
                            snippet(firstOf(hit.highlights(), "body", "attachment"), hit.summary()),
                            Links.item(at, hit.itemId()), at.name(), listings.day(hit.date()),
                            hit.matchedAttachments());
                }).toList();
    }

    private static List<String> firstOf(Map<String, List<String>> highlights, String... fields) {
        for (String field : fields) {
            List<String> found = highlights.get(field);
            if (found != null && !found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static String snippet(List<String> highlighted, String plain) {
        if (highlighted != null && !highlighted.isEmpty()) {
            return Jsoup.clean(String.join(" … ", highlighted), MARKS_ONLY);
        }
        return plain == null ? "" : Jsoup.clean(plain, Safelist.none());
    }

    private static List<Facet> columnFacets(Map<Long, Long> counts, SiteTree site) {
        return counts.entrySet().stream().filter(entry -> site.isPubliclyVisible(entry.getKey()))
                .map(entry -> new Facet(String.valueOf(entry.getKey()), site.find(entry.getKey()).orElseThrow().name(),
                        entry.getValue()))
                .sorted(Comparator.comparingLong(Facet::count).reversed()).toList();
    }

    private static List<Facet> categoryFacets(Map<String, Long> counts) {
        // The name comes from the message bundle (portal.category.<value>) in the template.
        return counts.entrySet().stream().map(entry -> new Facet(entry.getKey(), null, entry.getValue()))
                .sorted(Comparator.comparingLong(Facet::count).reversed()).toList();
    }

    /** One hit; {@code title} and {@code snippet} are HTML holding only {@code <em>} marks. */
    record Hit(String title, String snippet, String url, String columnName, java.time.LocalDate publishedOn,
            List<String> matchedAttachments) {
    }

    record Facet(String value, String name, long count) {
    }
}
