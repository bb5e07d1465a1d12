package io.lanmu.item;

import io.lanmu.attachment.Attachment;
import io.lanmu.attachment.AttachmentFiles;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What search reads of items, and all it reads: the items as {@link SearchableItem}s, and which items there are.
 * Each call reads in the caller's transaction, or a read-only one of its own; the column tree is read as it is
 * at the call.
 */
@Service
@Transactional(readOnly = true)
public class SearchableItems {

    private final Items items;
    private final Revisions revisions;
    private final AttachmentFiles attachments;
    private final ColumnTree columns;
    private final HtmlSanitizer html;

    SearchableItems(Items items, Revisions revisions, AttachmentFiles attachments, ColumnTree columns,
            HtmlSanitizer html) {
        this.items = items;
        this.revisions = revisions;
        this.attachments = attachments;
        this.columns = columns;
        this.html = html;
    }

    /** The item as it is now; empty once it was deleted. */
    public Optional<SearchableItem> find(long itemId) {
        return findAll(List.of(itemId)).stream().findFirst();
    }

    /** Those of the items that exist, in id order. */
    public List<SearchableItem> findAll(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        List<Item> found = items.findAllById(itemIds).stream()
                .sorted(java.util.Comparator.comparing(Item::getId)).toList();
        List<Revision> current = revisions.findCurrentOf(found.stream().map(Item::getId).toList());
        Map<Long, Attachment> files = attachments.findAll(current.stream()
                .flatMap(revision -> revision.getContent().attachmentIds().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(Attachment::getId, Function.identity()));
        SiteTree site = columns.snapshot();
        return found.stream().map(item -> searchable(item, current, files, site)).toList();
    }

    /** A page of item ids after {@code afterId}, in id order: for walking every item without offsets. */
    public List<Long> idsAfter(long afterId, int limit) {
        return items.findPageAfter(afterId, Limit.of(limit)).stream().map(Item::getId).toList();
    }

    public long count() {
        return items.count();
    }

    /** Ids of the items in the column and the columns beneath it. */
    public List<Long> idsUnder(long columnId) {
        Collection<Long> subtree = columns.snapshot().subtreeIds(columnId);
        return subtree.isEmpty() ? List.of() : items.findIdsByColumnIdIn(subtree);
    }

    public List<Long> idsChangedSince(Instant since) {
        return items.findIdsUpdatedSince(since);
    }

    /** Ids of every item; each has a latest view. */
    public List<Long> allIds() {
        return items.findAllIds();
    }

    /** Ids of the items with a published view: online, in a column visitors can see. */
    public List<Long> publishedIds() {
        SiteTree site = columns.snapshot();
        return items.findLiveIdsAndColumns().stream()
                .filter(row -> site.isPubliclyVisible(((Number) row[1]).longValue()))
                .map(row -> ((Number) row[0]).longValue()).toList();
    }

    private SearchableItem searchable(Item item, List<Revision> current, Map<Long, Attachment> files,
            SiteTree site) {
        Map<Integer, Revision> byNumber = current.stream().filter(revision -> revision.getItemId() == item.getId())
                .collect(Collectors.toMap(Revision::getNumber, Function.identity(), (a, b) -> a));
        List<Long> path = site.ancestorsOrSelf(item.getColumnId()).reversed().stream().map(ColumnNode::id).toList();
        Revision latest = byNumber.get(item.getLatestRevision());
        Revision live = item.getLiveRevision() == null ? null : byNumber.get(item.getLiveRevision());
        return new SearchableItem(item.getId(), item.getColumnId(), path, item.getCategory(), item.getStatus(),
                latest == null ? null : view(latest.getContent(), files, item.getUpdatedAt()),
                live == null || !site.isPubliclyVisible(item.getColumnId()) ? null
                        : view(live.getContent(), files, item.getPublishedAt()));
    }

    private SearchableItem.View view(ItemContent content, Map<Long, Attachment> files, Instant date) {
        List<SearchableItem.AttachmentText> texts = content.attachmentIds().stream().map(files::get)
                .filter(file -> file != null && file.getExtractedText() != null)
                .map(file -> new SearchableItem.AttachmentText(file.getId(), file.getFileName(),
                        file.getExtractedText()))
                .toList();
        return new SearchableItem.View(content.title(), content.summary(), html.textOf(content.body()),
                content.tags(), texts, date);
    }
}
