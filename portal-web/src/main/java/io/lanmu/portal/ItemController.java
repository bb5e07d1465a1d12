package io.lanmu.portal;

import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.item.ItemNotFound;
import io.lanmu.item.PublishedItem;
import io.lanmu.item.PublishedItems;
import io.lanmu.visit.PageView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Item pages at {@code /{columnPath}/{itemId}.html}. An item asked for under another column's path (an old link
 * from before it moved) is sent to its own address with 301, so there is one address per item.
 */
@Controller
class ItemController {

    private final ColumnTree columns;
    private final PublishedItems items;
    private final ItemPages pages;

    ItemController(ColumnTree columns, PublishedItems items, ItemPages pages) {
        this.columns = columns;
        this.items = items;
        this.pages = pages;
    }

    @GetMapping({"/{a}/{id:\\d+}.html", "/{a}/{b}/{id:\\d+}.html", "/{a}/{b}/{c}/{id:\\d+}.html",
        "/{a}/{b}/{c}/{d}/{id:\\d+}.html"})
    ModelAndView item(@PathVariable long id, HttpServletRequest request) {
        SiteTree site = columns.snapshot();
        PublishedItem item = items.find(id).orElseThrow(() -> new ItemNotFound(id));
        ColumnNode column = site.find(item.columnId()).orElseThrow(() -> new ItemNotFound(id));
        String own = Links.item(column, id);
        if (!own.equals(request.getRequestURI())) {
            return Theme.redirect(own, HttpStatus.MOVED_PERMANENTLY);
        }
        VisitCounting.viewed(request, PageView.ofItem(column.id(), id));
        return pages.render(item, column, site);
    }
}
