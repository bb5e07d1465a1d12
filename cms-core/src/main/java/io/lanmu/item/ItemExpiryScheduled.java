package io.lanmu.item;

import java.time.Instant;

/**
 * An approver set (or cleared, when empty) the time the item goes offline.
 */
public record ItemExpiryScheduled(long itemId, long columnId, Instant expireAt, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
