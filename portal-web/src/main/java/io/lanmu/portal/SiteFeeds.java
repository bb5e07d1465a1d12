package io.lanmu.portal;

import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.item.PublishedItemSummary;
import io.lanmu.item.PublishedItems;
import io.lanmu.shared.SiteProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What crawlers and feed readers ask for: {@code robots.txt}, {@code sitemap.xml} (every visible column and
 * published item), and Atom feeds of the newest items for the whole site and for each column.
 */
@Controller
class SiteFeeds {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int FEED_ENTRIES = 20;
    private static final int SITEMAP_BATCH = 500;

    private final ColumnTree columns;
    private final PublishedItems items;
    private final PortalProperties properties;
    private final SiteProperties siteProperties;

    SiteFeeds(ColumnTree columns, PublishedItems items, PortalProperties properties, SiteProperties siteProperties) {
        this.columns = columns;
        this.items = items;
        this.properties = properties;
        this.siteProperties = siteProperties;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots(HttpServletRequest request) {
        return ResponseEntity.ok("User-agent: *\nDisallow: /api/admin/\nDisallow: /search\nSitemap: "
                + base(request) + "/sitemap.xml\n");
    }

    @GetMapping(value = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        SiteTree site = columns.snapshot();
        String base = base(request);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, base + "/", null);
        for (ColumnNode column : visibleColumnsHoldingItems(site)) {
            url(xml, base + Links.column(column), null);
            for (int page = 0;; page++) {
                Page<PublishedItemSummary> batch = items.inColumn(column.id(), false,
                        PageRequest.of(page, SITEMAP_BATCH));
                batch.forEach(item -> url(xml, base + Links.item(column, item.id()), item.lastModifiedAt()));
                if (!batch.hasNext()) {
                    break;
                }
            }
        }
        return ResponseEntity.ok(xml.append("</urlset>\n").toString());
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> siteFeed(HttpServletRequest request) {
        SiteTree site = columns.snapshot();
        List<PublishedItemSummary> newest = site.roots().stream().filter(ColumnNode::visible)
                .filter(ColumnController::holdsItemsOf)
                .flatMap(root -> items.inColumn(root.id(), true, PageRequest.of(0, FEED_ENTRIES)).stream())
                .sorted(Comparator.comparing(PublishedItemSummary::publishedAt).reversed()).limit(FEED_ENTRIES)
                .toList();
        return atom(request, properties.siteName(), "/", "/feed.xml", newest, site);
    }

    @GetMapping({"/{a}/feed.xml", "/{a}/{b}/feed.xml", "/{a}/{b}/{c}/feed.xml", "/{a}/{b}/{c}/{d}/feed.xml"})
    ResponseEntity<String> columnFeed(HttpServletRequest request) {
        SiteTree site = columns.snapshot();
        String uri = request.getRequestURI();
        ColumnNode column = SitePaths.visibleColumn(site, uri.substring(0, uri.length() - "/feed.xml".length()));
        List<PublishedItemSummary> newest = ColumnController.holdsItemsOf(column)
                ? items.inColumn(column.id(), true, PageRequest.of(0, FEED_ENTRIES)).getContent() : List.of();
        return atom(request, properties.siteName() + " - " + column.name(), Links.column(column),
                Links.columnFeed(column), newest, site);
    }

    private ResponseEntity<String> atom(HttpServletRequest request, String title, String page, String self,
            List<PublishedItemSummary> entries, SiteTree site) {
        String base = base(request);
        Instant updated = entries.stream().map(PublishedItemSummary::lastModifiedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        xml.append("  <id>").append(Xml.escape(base + self)).append("</id>\n");
        xml.append("  <title>").append(Xml.escape(title)).append("</title>\n");
        xml.append("  <updated>").append(stamp(updated)).append("</updated>\n");
        xml.append("  <link rel=\"self\" href=\"").append(Xml.escape(base + self)).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base + page))
                .append("\"/>\n");
        for (PublishedItemSummary item : entries) {
            site.find(item.columnId()).ifPresent(column -> entry(xml, base + Links.item(column, item.id()), item,
                    column));
        }
        return ResponseEntity.ok().contentType(ATOM).body(xml.append("</feed>\n").toString());
    }

    private void entry(StringBuilder xml, String url, PublishedItemSummary item, ColumnNode column) {
        xml.append("  <entry>\n    <id>").append(Xml.escape(url)).append("</id>\n");
        xml.append("    <title>").append(Xml.escape(item.title())).append("</title>\n");
        xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
        xml.append("    <published>").append(stamp(item.publishedAt())).append("</published>\n");
        xml.append("    <updated>").append(stamp(item.lastModifiedAt())).append("</updated>\n");
        xml.append("    <author><name>").append(Xml.escape(properties.siteName())).append("</name></author>\n");
        xml.append("    <category term=\"").append(Xml.escape(column.name())).append("\"/>\n");
        if (item.summary() != null && !item.summary().isBlank()) {
            xml.append("    <summary>").append(Xml.escape(item.summary())).append("</summary>\n");
        }
        xml.append("  </entry>\n");
    }

    private void url(StringBuilder xml, String location, Instant lastModified) {
        xml.append("  <url><loc>").append(Xml.escape(location)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(java.time.LocalDate.ofInstant(lastModified, siteProperties.timeZone()))
                    .append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static List<ColumnNode> visibleColumnsHoldingItems(SiteTree site) {
        return site.all().stream().filter(node -> site.isPubliclyVisible(node.id()))
                .filter(ColumnController::holdsItemsOf).sorted(Comparator.comparing(ColumnNode::path)).toList();
    }

    /** RFC 3339 with an offset, in the site's time zone. */
    private String stamp(Instant moment) {
        return moment.truncatedTo(ChronoUnit.SECONDS).atZone(siteProperties.timeZone()).toOffsetDateTime()
                .toString();
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
