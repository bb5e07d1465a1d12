package io.lanmu.portal;

import io.lanmu.attachment.Attachment;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.SiteTree;
import io.lanmu.item.ItemAttachments;
import io.lanmu.item.ItemContent;
import io.lanmu.item.PublishedItem;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Draws one published item: title, breadcrumb, source, publication day, the official-document fields it has,
 * the body (sanitized HTML, as stored) and its attachments. Page columns show their one item the same way.
 */
@Component
class ItemPages {

    private final ItemAttachments attachments;
    private final Listings listings;
    private final Theme theme;

    ItemPages(ItemAttachments attachments, Listings listings, Theme theme) {
        this.attachments = attachments;
        this.listings = listings;
        this.theme = theme;
    }

    ModelAndView render(PublishedItem item, ColumnNode column, SiteTree site) {
        return render(item, column, site, "/api/v1/items/%d/attachments/".formatted(item.id()));
    }

    /** The page with its attachments downloaded from {@code downloads} followed by each file's id. */
    ModelAndView render(PublishedItem item, ColumnNode column, SiteTree site, String downloads) {
        ItemContent content = item.content();
        return theme.page("item", site).addObject("item", content).addObject("itemId", item.id())
                .addObject("column", column).addObject("breadcrumb", SitePaths.breadcrumb(site, column.id()))
                .addObject("publishedOn", listings.day(item.publishedAt()))
                .addObject("officialDocument", content.indexNumber() != null || content.documentNumber() != null
                        || content.issuingBody() != null || content.issuedOn() != null)
                .addObject("attachments", attachments.listedIn(content).stream()
                        .map(file -> Download.of(downloads, file)).toList());
    }

    /**
     * An attachment as the page lists it; the file comes from the public API, which checks publication again (or, in
     * a preview, from the preview link, which checks the link).
     */
    record Download(String name, String url, String type, String size) {

        static Download of(String downloads, Attachment file) {
            return new Download(file.getFileName(), downloads + file.getId(), typeOf(file),
                    sizeOf(file.getSizeBytes()));
        }

        private static String typeOf(Attachment file) {
            String name = file.getFileName();
            int dot = name.lastIndexOf('.');
            return dot >= 0 && dot < name.length() - 1 ? name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT)
                    : file.getContentType();
        }

        private static String sizeOf(long bytes) {
            if (bytes < 1024) {
                return bytes + " B";
            }
            if (bytes < 1024 * 1024) {
                return "%.1f KB".formatted(bytes / 1024.0);
            }
            return "%.1f MB".formatted(bytes / (1024.0 * 1024));
        }
    }
}
