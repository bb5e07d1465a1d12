package io.lanmu.web.publicapi;

import io.lanmu.attachment.Attachment;
import io.lanmu.attachment.AttachmentNotFound;
import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnNotFound;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemAttachments;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemNotFound;
import io.lanmu.item.PublishedItem;
import io.lanmu.item.PublishedItemSummary;
import io.lanmu.item.PublishedItems;
import io.lanmu.web.FieldText;
import io.lanmu.web.PageResponse;
import io.lanmu.web.Paging;
import io.lanmu.web.WebProperties;
import io.lanmu.web.items.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The public read API for visitors and other front ends: published content only. Whatever a visitor
 * may not see answers 404, exactly like something that does not exist.
 */
@Tag(name = "Public content", description = "Published columns and items; no token needed")
@RestController
@RequestMapping("/api/v1")
class PublicController {

    private final ColumnTree columns;
    private final PublishedItems items;
    private final ItemAttachments attachments;
    private final Paging paging;
    private final CacheControl cache;

    PublicController(ColumnTree columns, PublishedItems items, ItemAttachments attachments, Paging paging,
            WebProperties properties) {
        this.columns = columns;
        this.items = items;
        this.attachments = attachments;
        this.paging = paging;
        this.cache = CacheControl.maxAge(Duration.ofSeconds(properties.publicCacheSeconds())).cachePublic();
    }

    @Operation(summary = "The visible column tree")
    @GetMapping("/columns")
    ResponseEntity<List<PublicColumn>> columns() {
        SiteTree site = columns.snapshot();
        return ok(site.roots().stream().filter(ColumnNode::visible).map(root -> PublicColumn.of(root, site)).toList());
    }

    @Operation(summary = "One visible column with its visible children")
    @GetMapping("/columns/{id}")
    ResponseEntity<PublicColumn> column(@PathVariable long id) {
        SiteTree site = columns.snapshot();
        return ok(site.find(id).filter(node -> site.isPubliclyVisible(id)).map(node -> PublicColumn.of(node, site))
                .orElseThrow(() -> new ColumnNotFound(id)));
    }

    @Operation(summary = "Published items of a visible column, newest first")
    @GetMapping("/columns/{id}/items")
    ResponseEntity<PageResponse<PublicItemSummary>> columnItems(@PathVariable long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean includeSubColumns) {
        return ok(PageResponse.of(items.inColumn(id, includeSubColumns, paging.of(page, size)),
                PublicItemSummary::of));
    }

    @Operation(summary = "One published item")
    @GetMapping("/items/{id}")
    ResponseEntity<PublicItem> item(@PathVariable long id) {
        return ok(items.find(id).map(item -> PublicItem.of(item, attachments.listedIn(item.content())))
                .orElseThrow(() -> new ItemNotFound(id)));
    }

    @Operation(summary = "An attachment of a published item; anything else answers 404")
    @GetMapping("/items/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long attachmentId,
            HttpServletRequest request) {
        // Files may be large: stream them instead of buffering them for an ETag (they carry their hash as one).
        ShallowEtagHeaderFilter.disableContentCaching(request);
        Attachment attachment = attachments.publicFile(id, attachmentId)
                .orElseThrow(() -> new AttachmentNotFound(attachmentId));
        return Downloads.of(attachment, () -> attachments.open(attachment));
    }

    private <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(cache).body(body);
    }

    record PublicColumn(long id, String name, String slug, String path, ColumnKind kind, String linkUrl,
            String description, List<PublicColumn> children) {

        static PublicColumn of(ColumnNode node, SiteTree site) {
            return new PublicColumn(node.id(), node.name(), node.slug(), node.path(), node.kind(), node.linkUrl(),
                    node.description(), site.children(node.id()).stream().filter(ColumnNode::visible)
                            .map(child -> of(child, site)).toList());
        }
    }

    record PublicItemSummary(long id, long columnId, InformationCategory category,
            @Schema(description = FieldText.PLAIN) String title,
            @Schema(description = FieldText.PLAIN) String summary,
            Instant publishedAt, Instant lastModifiedAt) {

        static PublicItemSummary of(PublishedItemSummary item) {
            return new PublicItemSummary(item.id(), item.columnId(), item.category(), item.title(), item.summary(),
                    item.publishedAt(), item.lastModifiedAt());
        }
    }

    record PublicItem(long id, long columnId, InformationCategory category,
            @Schema(description = FieldText.PLAIN) String title, @Schema(description = FieldText.PLAIN) String summary,
            @Schema(description = FieldText.HTML) String body,
            @Schema(description = FieldText.PLAIN) String author, @Schema(description = FieldText.PLAIN) String source,
            @Schema(description = FieldText.PLAIN) List<String> tags, String documentNumber, String issuingBody,
            LocalDate issuedOn, String indexNumber, Instant publishedAt, Instant lastModifiedAt,
            List<PublicAttachment> attachments) {

        static PublicItem of(PublishedItem item, List<Attachment> files) {
            ItemContent content = item.content();
            return new PublicItem(item.id(), item.columnId(), item.category(), content.title(), content.summary(),
                    content.body(), content.author(), content.source(), content.tags(), content.documentNumber(),
                    content.issuingBody(), content.issuedOn(), content.indexNumber(), item.publishedAt(),
                    item.lastModifiedAt(), files.stream().map(file -> PublicAttachment.of(item.id(), file)).toList());
        }
    }

    record PublicAttachment(long id, String name, String contentType, long size, String url) {

        static PublicAttachment of(long itemId, Attachment file) {
            return new PublicAttachment(file.getId(), file.getFileName(), file.getContentType(), file.getSizeBytes(),
                    "/api/v1/items/%d/attachments/%d".formatted(itemId, file.getId()));
        }
    }
}
