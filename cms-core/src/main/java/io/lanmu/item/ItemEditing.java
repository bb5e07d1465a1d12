package io.lanmu.item;

import io.lanmu.attachment.AttachmentFiles;
import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.deadline.CategoryPolicies;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Conflict;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Moments;
import io.lanmu.shared.StaleVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing items: create, edit, restore an old revision, delete a draft. Every save writes a new
 * immutable revision.
 */
@Service
@Transactional
public class ItemEditing {

    // Clocks of different machines drift; a received-at a little in the future is not a typing mistake.
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final Items items;
    private final Revisions revisions;
    private final ColumnTree columns;
    private final CategoryPolicies policies;
    private final EditorialPermissions permissions;
    private final ContentRules rules;
    private final AttachmentFiles attachmentFiles;
    private final Clock clock;

    ItemEditing(Items items, Revisions revisions, ColumnTree columns, CategoryPolicies policies,
            EditorialPermissions permissions, ContentRules rules, AttachmentFiles attachmentFiles, Clock clock) {
        this.items = items;
        this.attachmentFiles = attachmentFiles;
        this.revisions = revisions;
        this.columns = columns;
        this.policies = policies;
        this.permissions = permissions;
        this.rules = rules;
        this.clock = clock;
    }

    public Item create(NewItem draft, Actor by) {
        Instant now = Moments.now(clock);
        long columnId = requireColumnForItems(draft.columnId(), null);
        permissions.requireEditorOf(by, columnId);
        InformationCategory category = requireCategory(draft.category());
        checkReceivedAt(draft.receivedAt(), now);
        ItemContent content = rules.clean(draft.content(), null);
        Item item = items.save(Item.draft(columnId, policies.policyFor(category), draft.receivedAt(),
                content.title(), by, now));
        revisions.save(new Revision(item.getId(), 1, content, by.userId(), by.username(), now, null));
        return items.save(item.registerCreated(by, now));
    }

    public Item revise(long id, ItemChanges changes, Actor by) {
        Item item = load(id);
        if (changes.version() == null) {
            throw new InvalidInput("version", "version-required",
                    "Send the version you edited, so nobody's changes are overwritten");
        }
        StaleVersion.check("Item", id, changes.version(), item.getVersion());
        permissions.requireEditorOf(by, item.getColumnId());
        long columnId = changes.columnId() == null ? item.getColumnId()
                : requireColumnForItems(changes.columnId(), item.getId());
        if (columnId != item.getColumnId()) {
            permissions.requireEditorOf(by, columnId);
        }
        InformationCategory category = changes.category() == null ? item.getCategory() : changes.category();
        Instant now = Moments.now(clock);
        checkReceivedAt(changes.receivedAt(), now);
        ItemContent current = latestContentOf(item);
        ItemContent content = rules.clean(changes.applyTo(current), item.getId());
        boolean unchanged = content.equals(current) && columnId == item.getColumnId()
                && category == item.getCategory()
                && (changes.receivedAt() == null || changes.receivedAt().equals(item.getCycle().getReceivedAt()));
        if (unchanged) {
            return item;
        }
        return saveRevision(item, content, new Revision.Change(columnId, category, changes.receivedAt(),
                content.title(), null), by, now);
    }

    /** Copies an old revision into a new draft revision; the old one stays as it was. */
    public Item restore(long id, int number, Long version, Actor by) {
        Item item = load(id);
        StaleVersion.check("Item", id, version, item.getVersion());
        permissions.requireEditorOf(by, item.getColumnId());
        Revision old = revisions.findByItemIdAndNumber(id, number).orElseThrow(() -> new RevisionNotFound(id, number));
        ItemContent content = old.getContent();
        return saveRevision(item, content, new Revision.Change(item.getColumnId(), item.getCategory(), null,
                content.title(), number), by, Moments.now(clock));
    }

    /** Deletes an item that was never published, with all its revisions and attachments. */
    public void delete(long id, Long version, Actor by) {
        Item item = load(id);
        StaleVersion.check("Item", id, version, item.getVersion());
        permissions.requireEditorOf(by, item.getColumnId());
        item.registerDeleted(by, Moments.now(clock));
        revisions.deleteByItemId(id);
        attachmentFiles.deleteAllOf(id);
        items.delete(item);
    }

    private Item saveRevision(Item item, ItemContent content, Revision.Change change, Actor by, Instant now) {
        int number = item.revise(change, policies.policyFor(change.category()), by, now);
        revisions.save(new Revision(item.getId(), number, content, by.userId(), by.username(), now,
                change.restoredFrom()));
        return items.save(item);
    }

    private ItemContent latestContentOf(Item item) {
        return revisions.findByItemIdAndNumber(item.getId(), item.getLatestRevision()).orElseThrow().getContent();
    }

    private long requireColumnForItems(Long columnId, Long movingItemId) {
        if (columnId == null) {
            throw new InvalidInput("columnId", "column-required", "Choose the column the item belongs to");
        }
        ColumnNode column = columns.snapshot().find(columnId).orElseThrow(() -> new InvalidInput("columnId",
                "column-unknown", "There is no column " + columnId, columnId));
        if (!column.kind().holdsItems()) {
            throw new InvalidInput("columnId", "column-holds-no-items",
                    "Column " + columnId + " is a link and holds no items", columnId);
        }
        if (column.kind() == ColumnKind.PAGE && pageIsTaken(columnId, movingItemId)) {
            throw new Conflict("page-column-occupied",
                    "Column " + columnId + " is a single page and already has its item", columnId);
        }
        return columnId;
    }

    private boolean pageIsTaken(long columnId, Long movingItemId) {
        long held = items.countByColumnId(columnId);
        boolean movingWithin = movingItemId != null && items.findById(movingItemId)
                .map(item -> item.getColumnId() == columnId).orElse(false);
        return held > (movingWithin ? 1 : 0);
    }

    private static InformationCategory requireCategory(InformationCategory category) {
        if (category == null) {
            throw new InvalidInput("category", "category-required",
                    "Choose the information category: GENERAL, IMPORTANT, DYNAMIC_COLUMN_UPDATE or STATIC_COLUMN_UPDATE");
        }
        return category;
    }

    private static void checkReceivedAt(Instant receivedAt, Instant now) {
        if (receivedAt != null && receivedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInput("receivedAt", "received-at-in-future",
                    "The information cannot have been received in the future");
        }
    }

    private Item load(long id) {
        return items.findById(id).orElseThrow(() -> new ItemNotFound(id));
    }

}
