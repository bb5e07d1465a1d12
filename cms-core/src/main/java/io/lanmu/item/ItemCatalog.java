package io.lanmu.item;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Forbidden;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading items as staff: drafts included, limited to what the reader may see.
 */
@Service
@Transactional(readOnly = true)
public class ItemCatalog {

    private final Items items;
    private final Revisions revisions;
    private final PublicationRecords publications;
    private final EditorialPermissions permissions;
    private final RevisionDiffer differ = new RevisionDiffer();

    ItemCatalog(Items items, Revisions revisions, PublicationRecords publications,
            EditorialPermissions permissions) {
        this.items = items;
        this.revisions = revisions;
        this.publications = publications;
        this.permissions = permissions;
    }

    public ItemDetails find(long id, Actor reader) {
        Item item = readable(id, reader);
        return new ItemDetails(item, revision(item, item.getLatestRevision()).getContent());
    }

    /** Refuses (404 or 403) unless the item exists and the reader may read it. */
    public void requireReadable(long id, Actor reader) {
        readable(id, reader);
    }

    /** The columns whose items the reader may see; empty means all of them. */
    public Set<Long> readableColumns(Actor reader) {
        return permissions.readableColumns(reader);
    }

    /**
     * Where an item stands, for those who may know that much without reading it: the contributor whose
     * contribution became the item. Empty once the item was deleted.
     */
    public Optional<Progress> progressOf(long id) {
        return items.findById(id).map(item -> new Progress(item.getId(), item.getStatus(), item.isLive()));
    }

    public Page<Item> list(ItemFilter filter, Pageable page, Actor reader) {
        return items.findAll(filter.toSpecification(permissions.readableColumns(reader)), page);
    }

    public List<Revision> revisions(long id, Actor reader) {
        readable(id, reader);
        return revisions.findByItemIdOrderByNumberDesc(id);
    }

    public Revision revision(long id, int number, Actor reader) {
        return revision(readable(id, reader), number);
    }

    public RevisionComparison compare(long id, int from, int to, Actor reader) {
        Item item = readable(id, reader);
        return differ.compare(revision(item, from), revision(item, to));
    }

    public List<PublicationRecord> publications(long id, Actor reader) {
        readable(id, reader);
        return publications.findByItemIdOrderByPublishedAt(id);
    }

    private Revision revision(Item item, int number) {
        return revisions.findByItemIdAndNumber(item.getId(), number)
                .orElseThrow(() -> new RevisionNotFound(item.getId(), number));
    }

    private Item readable(long id, Actor reader) {
        Item item = items.findById(id).orElseThrow(() -> new ItemNotFound(id));
        if (!permissions.mayRead(reader, item)) {
            throw new Forbidden("not-assigned-to-column",
                    "Item %d lies in column %d, which you are not assigned to".formatted(id, item.getColumnId()),
                    item.getColumnId());
        }
        return item;
    }

    /** Where an item stands in the workflow, and whether a revision of it is online. */
    public record Progress(long id, ItemStatus status, boolean live) {
    }
}
