package io.lanmu.item;

import io.lanmu.deadline.PolicySnapshot;
import io.lanmu.deadline.PublicationCycle;
import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An item (信息) in a column. Its content lives in immutable {@link Revision}s: the latest revision is
 * what editors work on, the live revision is what visitors see. Each workflow step is a guarded
 * method that registers a past-tense event; what the item table holds and how others read it is in
 * {@link ItemState}.
 */
@Entity
@Table(name = "item")
public class Item extends ItemState {

    private static final Set<ItemStatus> SUBMITTABLE = EnumSet.of(ItemStatus.DRAFT, ItemStatus.CHANGES_REQUESTED,
            ItemStatus.UNPUBLISHED, ItemStatus.EXPIRED);

    protected Item() {
    }

    static Item draft(long columnId, PolicySnapshot policy, Instant receivedAt, String title, Actor by, Instant at) {
        Item item = new Item();
        item.columnId = columnId;
        item.category = policy.category();
        item.status = ItemStatus.DRAFT;
        item.title = title;
        item.latestRevision = 1;
        item.cycle = PublicationCycle.open(policy, receivedAt == null ? at : receivedAt);
        item.createdBy = by.userId();
        item.createdAt = at;
        item.updatedAt = at;
        return item;
    }

    Item registerCreated(Actor by, Instant at) {
        registerEvent(new ItemCreated(id, columnId, category, title, by.userId(), by.username(), at));
        return this;
    }

    /**
     * Records a new latest revision. Editing an item that was published opens a new publication cycle;
     * editing a scheduled item cancels the schedule. The live revision stays online.
     *
     * @param policy the current policy of {@code newCategory}, used when the cycle (re)starts or the
     *     category changes
     */
    int revise(Revision.Change change, PolicySnapshot policy, Actor by, Instant at) {
        if (status == ItemStatus.IN_REVIEW) {
            throw new TransitionNotAllowed(id, "edited", status);
        }
        long previousColumn = columnId;
        cycle = cycle.afterEdit(policy, change.category() != category, change.receivedAt(), at);
        if (status != ItemStatus.CHANGES_REQUESTED) {
            status = ItemStatus.DRAFT;
        }
        cancelSchedule();
        columnId = change.columnId();
        category = change.category();
        title = change.title();
        latestRevision++;
        updatedAt = at;
        registerEvent(new ItemRevised(id, columnId, previousColumn, latestRevision, change.restoredFrom(),
                by.userId(), by.username(), at));
        return latestRevision;
    }

    void submit(Actor by, Instant at) {
        requireStatus("submitted", SUBMITTABLE);
        status = ItemStatus.IN_REVIEW;
        submittedBy = by.userId();
        cycle.markSubmitted(category, at);
        updatedAt = at;
        registerEvent(new ItemSubmitted(id, columnId, latestRevision, getDueAt(), by.userId(), by.username(), at));
    }

    void withdraw(Actor by, Instant at) {
        requireStatus("withdrawn", EnumSet.of(ItemStatus.IN_REVIEW));
        status = ItemStatus.DRAFT;
        updatedAt = at;
        registerEvent(new ItemWithdrawn(id, columnId, by.userId(), by.username(), at));
    }

    void reject(String comment, Actor by, Instant at) {
        requireStatus("rejected", EnumSet.of(ItemStatus.IN_REVIEW));
        if (comment == null || comment.isBlank()) {
            throw new InvalidInput("comment", "reject-comment-required", "Say what has to change: a comment is required");
        }
        status = ItemStatus.CHANGES_REQUESTED;
        updatedAt = at;
        registerEvent(new ItemRejected(id, columnId, latestRevision, comment.trim(), by.userId(), by.username(), at));
    }

    /**
     * Approves the latest revision: it goes online now, or at {@code publishAt} when that lies in the
     * future. Scheduling beyond the due time needs a reason, which the audit trail keeps.
     *
     * @return the publication, when the revision went online now
     */
    Optional<ItemPublished> approve(Instant publishAt, Instant expireAt, String reason, Actor by, Instant at) {
        requireStatus("approved", EnumSet.of(ItemStatus.IN_REVIEW));
        cycle.markApproved(category, at);
        schedule = schedule().approved(latestRevision, publishAt, expireAt, reason, cycle, at);
        updatedAt = at;
        registerEvent(new ItemApproved(id, columnId, latestRevision, schedule.publishAt(), schedule.expireAt(),
                schedule.scheduleReason(), by.userId(), by.username(), at));
        if (schedule.waitsForPublication()) {
            status = ItemStatus.SCHEDULED;
            return Optional.empty();
        }
        return Optional.of(goLive(by, at, false));
    }

    /** Publishes a scheduled revision whose time has come; the scheduler calls this. */
    ItemPublished publishScheduled(Instant at) {
        if (status != ItemStatus.SCHEDULED || !schedule().isDueForPublicationAt(at)) {
            throw new TransitionNotAllowed(id, "published by the scheduler", status);
        }
        return goLive(Actor.SYSTEM, at, true);
    }

    private ItemPublished goLive(Actor by, Instant at, boolean scheduled) {
        boolean measured = cycle.closeAt(at);
        if (liveRevision == null) {
            publishedAt = at;
        }
        liveRevision = schedule().approvedRevision();
        lastPublishedAt = at;
        status = ItemStatus.PUBLISHED;
        schedule = schedule().published();
        updatedAt = at;
        ItemPublished published = new ItemPublished(id, columnId, liveRevision, category,
                measured ? getDueAt() : null, cycle.onTime(measured, at), scheduled, by.userId(), by.username(), at);
        registerEvent(published);
        return published;
    }

    /** Takes the item offline and cancels a scheduled publication. A pending draft stays a draft. */
    void unpublish(Actor by, Instant at) {
        if (!isLive() && status != ItemStatus.SCHEDULED) {
            throw new TransitionNotAllowed(id, "unpublished", status);
        }
        liveRevision = null;
        cancelSchedule();
        if (status == ItemStatus.PUBLISHED || status == ItemStatus.SCHEDULED) {
            status = ItemStatus.UNPUBLISHED;
        }
        updatedAt = at;
        registerEvent(new ItemUnpublished(id, columnId, by.userId(), by.username(), at));
    }

    /** Sets or clears ({@code null}) the time the item goes offline by itself. */
    void scheduleExpiry(Instant expireAt, Actor by, Instant at) {
        if (!isLive() && status != ItemStatus.SCHEDULED) {
            throw new TransitionNotAllowed(id, "given an expiry time", status);
        }
        schedule = schedule().expiringAt(expireAt, at);
        updatedAt = at;
        registerEvent(new ItemExpiryScheduled(id, columnId, expireAt, by.userId(), by.username(), at));
    }

    /** Takes the item offline because its expiry time came; the scheduler calls this. */
    void expire(Instant at) {
        if (!isLive() || !schedule().expiresBy(at)) {
            throw new TransitionNotAllowed(id, "expired", status);
        }
        liveRevision = null;
        if (status == ItemStatus.PUBLISHED) {
            status = ItemStatus.EXPIRED;
        }
        updatedAt = at;
        registerEvent(new ItemExpired(id, columnId, Actor.SYSTEM.userId(), Actor.SYSTEM.username(), at));
    }

    void registerDeleted(Actor by, Instant at) {
        if (status == ItemStatus.IN_REVIEW || lastPublishedAt != null) {
            throw new TransitionNotAllowed(id, "deleted", status);
        }
        registerEvent(new ItemDeleted(id, columnId, title, by.userId(), by.username(), at));
    }

    private void cancelSchedule() {
        schedule = schedule().cancelled();
        if (status == ItemStatus.SCHEDULED) {
            status = ItemStatus.DRAFT;
        }
    }

    private void requireStatus(String action, Set<ItemStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new TransitionNotAllowed(id, action, status);
        }
    }

}
