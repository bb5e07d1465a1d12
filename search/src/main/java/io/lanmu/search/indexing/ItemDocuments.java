package io.lanmu.search.indexing;

import io.lanmu.attachment.Attachment;
import io.lanmu.attachment.Attachments;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.SiteTree;
import io.lanmu.item.HtmlSanitizer;
import io.lanmu.item.Item;
import io.lanmu.item.ItemContent;
import io.lanmu.item.Revision;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns items into search documents. An item has an editorial document (its latest revision) always,
 * and a public document (its live revision) only while it is online in a column visitors can see.
 */
@Component
class ItemDocuments {

    private final Attachments attachments;
    private final HtmlSanitizer html;

    ItemDocuments(Attachments attachments, HtmlSanitizer html) {
        this.attachments = attachments;
        this.html = html;
    }

    /**
     * The documents the item should have: one per scope, or one for both when they read alike (the item is live with
     * its latest revision, first published at its last change); none when it has none.
     *
     * @param revisions the item's latest and live revisions (others are ignored)
     */
    List<SearchDocument> of(Item item, Collection<Revision> revisions, SiteTree site) {
        Map<Integer, Revision> byNumber = revisions.stream().filter(revision -> revision.getItemId() == item.getId())
                .collect(Collectors.toMap(Revision::getNumber, Function.identity(), (a, b) -> a));
        Map<Long, Attachment> files = attachments.findByIdIn(byNumber.values().stream()
                .flatMap(revision -> revision.getContent().attachmentIds().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(Attachment::getId, Function.identity()));
        List<Long> path = site.ancestorsOrSelf(item.getColumnId()).reversed().stream().map(ColumnNode::id).toList();
        Revision latest = byNumber.get(item.getLatestRevision());
        SearchDocument editorial = latest == null ? null
                : document(Scope.EDITORIAL, item, latest.getContent(), path, files, item.getUpdatedAt());
        Revision live = item.getLiveRevision() == null ? null : byNumber.get(item.getLiveRevision());
        SearchDocument visible = live == null || !site.isPubliclyVisible(item.getColumnId()) ? null
                : document(Scope.PUBLIC, item, live.getContent(), path, files, item.getPublishedAt());
        return SearchDocument.ofItem(editorial, visible);
    }

    private SearchDocument document(Scope scope, Item item, ItemContent content, List<Long> path,
            Map<Long, Attachment> files, java.time.Instant date) {
        List<SearchDocument.AttachmentText> texts = content.attachmentIds().stream().map(files::get)
                .filter(file -> file != null && file.getExtractedText() != null)
                .map(file -> new SearchDocument.AttachmentText(file.getId(), file.getFileName(), file.getExtractedText()))
                .toList();
        return new SearchDocument(item.getId(), scope, content.title(),
                content.summary(), html.textOf(content.body()), texts, item.getColumnId(), path,
                item.getCategory().name(), item.getStatus().name(), content.tags(), date);
    }
}
