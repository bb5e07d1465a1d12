package io.lanmu.item;

import java.time.Instant;

/**
 * The item was taken back from review to draft.
 */
public record ItemWithdrawn(long itemId, long columnId, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
