package io.lanmu.item;

import java.time.Instant;

/**
 * The item was taken offline (and any scheduled publication cancelled).
 */
public record ItemUnpublished(long itemId, long columnId, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
