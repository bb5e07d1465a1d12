package io.lanmu.item;

import java.time.Instant;

/**
 * An approver approved the latest revision, to publish now or at {@code publishAt}.
 */
public record ItemApproved(long itemId, long columnId, int revision, Instant publishAt, Instant expireAt, String reason, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {

    /** The reason recorded for scheduling beyond the due time. */
    @Override
    public String comment() {
        return reason;
    }
}
