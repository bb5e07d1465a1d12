package io.lanmu.item;

import java.time.Instant;

/**
 * What visitors see of an item, in Wagtail's words: derived from its live and latest revisions, its schedule,
 * its expiry and the moment asked about, never stored.
 */
public enum PublicationState {
    /** Nothing online and nothing scheduled: a draft, or taken offline by hand. */
    NOT_PUBLISHED,
    /** Nothing online yet; an approved revision waits for its publication time. */
    SCHEDULED,
    /** The latest revision is online. */
    LIVE,
    /** A revision is online and a newer one is being written or reviewed. */
    LIVE_WITH_DRAFT,
    /** A revision is online and a newer approved one waits for its publication time. */
    LIVE_AND_SCHEDULED,
    /** Its expiry time came: offline, or about to be at the scheduler's next run. */
    EXPIRED;

    /**
     * @param liveRevision the revision online, or {@code null}
     * @param publishAt when the approved revision goes online, or {@code null} when none waits
     * @param expireAt when the item goes offline by itself, or {@code null}
     * @param expired whether the item went offline because its expiry time came
     */
    static PublicationState of(Integer liveRevision, int latestRevision, Instant publishAt, Instant expireAt,
            boolean expired, Instant now) {
        if (liveRevision == null) {
            return publishAt != null ? SCHEDULED : expired ? EXPIRED : NOT_PUBLISHED;
        }
        if (expireAt != null && !expireAt.isAfter(now)) {
            return EXPIRED;
        }
        if (publishAt != null) {
            return LIVE_AND_SCHEDULED;
        }
        return latestRevision > liveRevision ? LIVE_WITH_DRAFT : LIVE;
    }
}
