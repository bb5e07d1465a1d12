package io.lanmu.item;

import io.lanmu.deadline.PublicationCycle;
import io.lanmu.shared.InvalidInput;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Which approved revision of an item goes online and when, when the item goes offline by itself, and the reason
 * recorded for the schedule. Each part may be empty; the database keeps a schedule with every part empty as none at all
 * ({@code null}), which {@link #orNone} reads as {@link #NONE}.
 *
 * @param approvedRevision the approved revision that goes online next; empty when none waits
 * @param publishAt when the approved revision goes online; empty when it goes online at once
 * @param scheduleReason why it goes online after its due time, when it does
 * @param expireAt when the item goes offline by itself
 */
@Embeddable
public record PublicationSchedule(Integer approvedRevision, Instant publishAt, String scheduleReason, Instant expireAt) {

    static final PublicationSchedule NONE = new PublicationSchedule(null, null, null, null);

    static PublicationSchedule orNone(PublicationSchedule schedule) {
        return schedule == null ? NONE : schedule;
    }

    /**
     * The schedule an approval of {@code revision} at {@code at} sets: publication at {@code publishAt} when that
     * lies in the future, and the expiry when one is given. Publishing after the due time needs a reason, which the audit trail keeps;
     * the expiry must come after the publication.
     */
    PublicationSchedule approved(int revision, Instant publishAt, Instant expireAt, String reason, PublicationCycle cycle,
            Instant at) {
        boolean later = publishAt != null && publishAt.isAfter(at);
        boolean hasReason = reason != null && !reason.isBlank();
        if (later && cycle.isOpen() && !cycle.getDeadline().isMetBy(publishAt) && !hasReason) {
            throw new InvalidInput("reason", "late-schedule-needs-reason",
                    "Publishing at %s is after the due time %s: record a reason".formatted(publishAt,
                            cycle.getDueAt()), publishAt, cycle.getDueAt());
        }
        if (expireAt != null && !expireAt.isAfter(later ? publishAt : at)) {
            throw new InvalidInput("expireAt", "expiry-before-publication",
                    "The expiry time must come after the publication time");
        }
        return new PublicationSchedule(revision, later ? publishAt : null, hasReason ? reason.trim() : null,
                expireAt != null ? expireAt : this.expireAt);
    }

    /** The same expiry, with a new time (or none) to go offline by itself; that time must lie after {@code at}. */
    PublicationSchedule expiringAt(Instant expireAt, Instant at) {
        if (expireAt != null && !expireAt.isAfter(at)) {
            throw new InvalidInput("expireAt", "expiry-in-past", "The expiry time must lie in the future");
        }
        return new PublicationSchedule(approvedRevision, publishAt, scheduleReason, expireAt);
    }

    /** The approved revision went online. */
    PublicationSchedule published() {
        return new PublicationSchedule(null, null, scheduleReason, expireAt);
    }

    /** Nothing waits to go online any more; the expiry stays. */
    PublicationSchedule cancelled() {
        return new PublicationSchedule(null, null, null, expireAt);
    }

    boolean waitsForPublication() {
        return publishAt != null;
    }

    boolean isDueForPublicationAt(Instant now) {
        return publishAt != null && !publishAt.isAfter(now);
    }

    boolean expiresBy(Instant now) {
        return expireAt != null && !expireAt.isAfter(now);
    }
}
