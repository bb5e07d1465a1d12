package io.lanmu.portal;

import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.item.PublishedItems;
import io.lanmu.visit.PageView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The home page: the newest items of every visible top-level list column, important ones first, and a search box.
 */
@Controller
class HomeController {

    private final ColumnTree columns;
    private final PublishedItems items;
    private final Listings listings;
    private final Theme theme;
    private final PortalProperties properties;

    HomeController(ColumnTree columns, PublishedItems items, Listings listings, Theme theme,
            PortalProperties properties) {
        this.columns = columns;
        this.items = items;
        this.listings = listings;
        this.theme = theme;
        this.properties = properties;
    }

    @GetMapping("/")
    ModelAndView home(HttpServletRequest request) {
        VisitCounting.viewed(request, PageView.SITE);
        SiteTree site = columns.snapshot();
        List<Block> blocks = site.roots().stream().filter(ColumnNode::visible)
                .filter(root -> root.kind() == ColumnKind.LIST).map(root -> block(root, site))
                .filter(block -> !block.entries().isEmpty()).toList();
        return theme.page("home", site).addObject("blocks", blocks);
    }

    private Block block(ColumnNode root, SiteTree site) {
        var newest = items.inColumn(root.id(), true, PageRequest.of(0, properties.homeItems())).getContent();
        return new Block(root.name(), Links.column(root),
                listings.entries(newest, site).stream().sorted(Listings.IMPORTANT_FIRST).toList());
    }

    /** A column's box on the home page. */
    record Block(String name, String url, List<Listings.Entry> entries) {
    }
}
