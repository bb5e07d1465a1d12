package io.lanmu.portal;

import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnNotFound;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.item.PublishedItemSummary;
import io.lanmu.item.PublishedItems;
import io.lanmu.visit.PageView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Column pages at their path ({@code /news/work/}): a list column shows its items page by page ({@code ?page=2}),
 * a page column its one page, a link column sends the visitor on.
 */
@Controller
class ColumnController {

    private final ColumnTree columns;
    private final PublishedItems items;
    private final Listings listings;
    private final ItemPages pages;
    private final Theme theme;
    private final PortalProperties properties;

    ColumnController(ColumnTree columns, PublishedItems items, Listings listings, ItemPages pages, Theme theme,
            PortalProperties properties) {
        this.columns = columns;
        this.items = items;
        this.listings = listings;
        this.pages = pages;
        this.theme = theme;
        this.properties = properties;
    }

    // Column paths are one to four slugs deep; a catch-all pattern would also swallow the theme's static files.
    @GetMapping({"/{a}/", "/{a}/{b}/", "/{a}/{b}/{c}/", "/{a}/{b}/{c}/{d}/"})
    ModelAndView column(HttpServletRequest request, @RequestParam(defaultValue = "1") int page) {
        SiteTree site = columns.snapshot();
        String path = request.getRequestURI().substring(0, request.getRequestURI().length() - 1);
        ColumnNode column = SitePaths.visibleColumn(site, path);
        return switch (column.kind()) {
            case LINK -> Theme.redirect(column.linkUrl(), HttpStatus.FOUND);
            case PAGE -> staticPage(column, site, request);
            case LIST -> {
                VisitCounting.viewed(request, PageView.ofColumn(column.id()));
                yield list(column, site, page);
            }
        };
    }

    /**
     * A top-level address without its closing slash: the column's own address, or the site's 404 page (not the
     * API's problem details) for a visitor who mistyped. Deeper paths are left alone: they hold static files.
     */
    @GetMapping("/{a}")
    ModelAndView withoutSlash(HttpServletRequest request) {
        ColumnNode column = SitePaths.visibleColumn(columns.snapshot(), request.getRequestURI());
        return Theme.redirect(column.path() + "/", HttpStatus.MOVED_PERMANENTLY);
    }

    private ModelAndView list(ColumnNode column, SiteTree site, int pageNumber) {
        if (pageNumber < 1) {
            throw new ColumnNotFound(column.id());
        }
        Page<PublishedItemSummary> found = items.inColumn(column.id(), true,
                PageRequest.of(pageNumber - 1, properties.pageSize()));
        if (pageNumber > 1 && pageNumber > found.getTotalPages()) {
            throw new ColumnNotFound(column.id());
        }
        return theme.page("column", site).addObject("column", column)
                .addObject("breadcrumb", SitePaths.breadcrumb(site, column.id()))
                .addObject("children", site.children(column.id()).stream().filter(ColumnNode::visible)
                        .map(child -> new Theme.NavigationLink(child.name(), Links.column(child))).toList())
                .addObject("entries", listings.entries(found.getContent(), site))
                .addObject("page", pageNumber).addObject("totalPages", found.getTotalPages())
                .addObject("total", found.getTotalElements()).addObject("feed", Links.columnFeed(column));
    }

    private ModelAndView staticPage(ColumnNode column, SiteTree site, HttpServletRequest request) {
        var first = items.inColumn(column.id(), false, PageRequest.of(0, 1)).getContent().stream().findFirst();
        VisitCounting.viewed(request, first.map(summary -> PageView.ofItem(column.id(), summary.id()))
                .orElse(PageView.ofColumn(column.id())));
        return first.flatMap(summary -> items.find(summary.id()))
                .map(item -> pages.render(item, column, site))
                .orElseGet(() -> theme.page("empty-page", site).addObject("column", column)
                        .addObject("breadcrumb", SitePaths.breadcrumb(site, column.id())));
    }

    static boolean holdsItemsOf(ColumnNode column) {
        return column.kind().holdsItems();
    }
}
