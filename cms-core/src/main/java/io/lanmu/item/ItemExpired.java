package io.lanmu.item;

import java.time.Instant;

/**
 * The item's expiry time came and it went offline.
 */
public record ItemExpired(long itemId, long columnId, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
