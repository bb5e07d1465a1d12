package io.lanmu.portal;

import io.lanmu.attachment.Attachment;
import io.lanmu.attachment.AttachmentNotFound;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.item.ItemAttachments;
import io.lanmu.item.ItemNotFound;
import io.lanmu.preview.Preview;
import io.lanmu.preview.PreviewLinks;
import io.lanmu.shared.SiteProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final ItemAttachments attachments;

    PreviewController(PreviewLinks links, ColumnTree columns, ItemPages pages, SiteProperties site,
            ItemAttachments attachments) {
        this.attachments = attachments;
        this.links = links;
        this.columns = columns;
        this.pages = pages;
        this.site = site;
    }

    @GetMapping("/preview/{token}")
    ModelAndView preview(@PathVariable String token, HttpServletResponse response) {
        neverKept(response);
        Preview preview = links.open(token).orElseThrow(() -> new ItemNotFound(0));
        SiteTree site = columns.snapshot();
        // The column may be hidden still: the preview shows it as it will be once visible.
        ColumnNode column = site.find(preview.item().columnId()).orElseThrow(() -> new ItemNotFound(0));
        return pages.render(preview.item(), column, site, "/preview/" + token + "/attachments/")
                .addObject("noindex", true)
                .addObject("previewExpiresAt", LocalDateTime.ofInstant(preview.expiresAt(), this.site.timeZone())
                        .truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' '));
    }

    /** A file the previewed revision lists, for whoever holds the link: the draft's files are not public yet. */
    @GetMapping("/preview/{token}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable String token, @PathVariable long attachmentId,
            HttpServletResponse response) {
        neverKept(response);
        Preview preview = links.open(token).orElseThrow(() -> new ItemNotFound(0));
        Attachment file = attachments.listedIn(preview.item().content()).stream()
                .filter(listed -> listed.getId() == attachmentId).findFirst()
                .orElseThrow(() -> new AttachmentNotFound(attachmentId));
        MediaType type = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.getContentType());
        return ResponseEntity.ok().contentType(type).contentLength(file.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                // As the public download: opened in the browser, the file runs no script with the site's origin.
                .header("Content-Security-Policy", "sandbox")
                .body(new InputStreamResource(() -> attachments.open(file)));
    }

    private static void neverKept(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        // A reviewer's browser must not tell the sites the draft links to where it was read.
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
