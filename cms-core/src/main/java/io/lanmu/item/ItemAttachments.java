package io.lanmu.item;

import io.lanmu.attachment.Attachment;
import io.lanmu.attachment.AttachmentFiles;
import io.lanmu.attachment.AttachmentNotFound;
import io.lanmu.column.ColumnTree;
import io.lanmu.shared.Actor;
import io.lanmu.shared.StaleVersion;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaching files to items. Attaching or removing a file is an edit: it writes a new revision, which
 * goes through review like any other, so a file reaches the public only with an approved revision.
 */
@Service
@Transactional
public class ItemAttachments {

    private final Items items;
    private final Revisions revisions;
    private final AttachmentFiles files;
    private final ItemEditing editing;
    private final EditorialPermissions permissions;
    private final ColumnTree columns;

    ItemAttachments(Items items, Revisions revisions, AttachmentFiles files, ItemEditing editing,
            EditorialPermissions permissions, ColumnTree columns) {
        this.items = items;
        this.revisions = revisions;
        this.files = files;
        this.editing = editing;
        this.permissions = permissions;
        this.columns = columns;
    }

    /**
     * Stores the file, when it is a document Lanmu reads, and writes a revision that lists it last. Without a
     * version, files uploaded to one item at the same time are added one after the other, each in a revision of
     * its own.
     *
     * @param file a local copy of the upload, which the caller deletes
     */
    public Attached attach(long itemId, String fileName, Path file, Long version, Actor by) {
        Item item = items.findForUpdate(itemId).orElseThrow(() -> new ItemNotFound(itemId));
        StaleVersion.check("Item", itemId, version, item.getVersion());
        permissions.requireEditorOf(by, item.getColumnId());
        if (item.getStatus() == ItemStatus.IN_REVIEW) {
            throw new TransitionNotAllowed(itemId, "edited", item.getStatus());
        }
        AttachmentFiles.Stored stored = files.store(itemId, fileName, file, by);
        List<Long> listed = new ArrayList<>(latest(item).attachmentIds());
        listed.add(stored.attachment().getId());
        Item revised = editing.revise(itemId, listOnly(item.getVersion(), listed), by);
        return new Attached(revised, stored.attachment(), stored.mislabelled());
    }

    /** Writes a revision that no longer lists the file; older revisions keep it. */
    public Item detach(long itemId, long attachmentId, Long version, Actor by) {
        Item item = items.findForUpdate(itemId).orElseThrow(() -> new ItemNotFound(itemId));
        StaleVersion.check("Item", itemId, version, item.getVersion());
        List<Long> listed = new ArrayList<>(latest(item).attachmentIds());
        if (!listed.remove(Long.valueOf(attachmentId))) {
            throw new AttachmentNotFound(attachmentId);
        }
        return editing.revise(itemId, listOnly(item.getVersion(), listed), by);
    }

    /** The attachments a revision lists, in its order. */
    @Transactional(readOnly = true)
    public List<Attachment> listedIn(ItemContent content) {
        List<Attachment> found = files.findAll(content.attachmentIds());
        return content.attachmentIds().stream()
                .flatMap(id -> found.stream().filter(attachment -> attachment.getId().equals(id)))
                .toList();
    }

    /** A file a visitor may download: listed in the live revision of a published item in a visible column. */
    @Transactional(readOnly = true)
    public Optional<Attachment> publicFile(long itemId, long attachmentId) {
        return items.findPublished(itemId)
                .filter(published -> columns.snapshot().isPubliclyVisible(published.columnId()))
                .filter(published -> published.content().attachmentIds().contains(attachmentId))
                .flatMap(published -> files.findIfPresent(attachmentId));
    }

    /** A file staff may download: any file uploaded to an item they may read. */
    @Transactional(readOnly = true)
    public Attachment staffFile(long itemId, long attachmentId, Actor reader) {
        Item item = items.findById(itemId).orElseThrow(() -> new ItemNotFound(itemId));
        if (!permissions.mayRead(reader, item)) {
            throw new ItemNotFound(itemId);
        }
        return files.findIfPresent(attachmentId).filter(attachment -> attachment.getItemId() == itemId)
                .orElseThrow(() -> new AttachmentNotFound(attachmentId));
    }

    public InputStream open(Attachment attachment) {
        return files.open(attachment);
    }

    private ItemContent latest(Item item) {
        return revisions.findByItemIdAndNumber(item.getId(), item.getLatestRevision()).orElseThrow().getContent();
    }

    private static ItemChanges listOnly(long version, List<Long> attachmentIds) {
        return new ItemChanges(version, null, null, null, null, null, null, null, null, null, null, null, null, null,
                attachmentIds);
    }

    /**
     * The item after the new revision, and the stored file.
     *
     * @param mislabelled the file's name stands for another kind of document than its content
     */
    public record Attached(Item item, Attachment attachment, boolean mislabelled) {
    }
}
