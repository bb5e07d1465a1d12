package io.lanmu.portal;

import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.item.ItemNotFound;
import io.lanmu.preview.Preview;
import io.lanmu.preview.PreviewLinks;
import io.lanmu.shared.SiteProperties;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A draft as its item page will look, at {@code /preview/{token}}, for whoever holds a valid link. Never kept: not by
 * the page cache (which leaves {@code /preview} alone), not by browsers or proxies, and not indexed by search engines.
 * A link that is expired, tampered with or of a deleted item answers the site's 404 page.
 */
@Controller
class PreviewController {

    private final PreviewLinks links;
    private final ColumnTree columns;
    private final ItemPages pages;
    private final SiteProperties site;

    PreviewController(PreviewLinks links, ColumnTree columns, ItemPages pages, SiteProperties site) {
        this.links = links;
        this.columns = columns;
        this.pages = pages;
        this.site = site;
    }

    @GetMapping("/preview/{token}")
    ModelAndView preview(@PathVariable String token, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        // A reviewer's browser must not tell the sites the draft links to where it was read.
        response.setHeader("Referrer-Policy", "no-referrer");
        Preview preview = links.open(token).orElseThrow(() -> new ItemNotFound(0));
        SiteTree site = columns.snapshot();
        // The column may be hidden still: the preview shows it as it will be once visible.
        ColumnNode column = site.find(preview.item().columnId()).orElseThrow(() -> new ItemNotFound(0));
        return pages.render(preview.item(), column, site).addObject("noindex", true)
                .addObject("previewExpiresAt", LocalDateTime.ofInstant(preview.expiresAt(), this.site.timeZone())
                        .truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' '));
    }
}
