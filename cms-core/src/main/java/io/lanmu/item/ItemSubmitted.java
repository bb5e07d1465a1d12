package io.lanmu.item;

import java.time.Instant;

/**
 * An editor submitted the item for review.
 */
public record ItemSubmitted(long itemId, long columnId, int revision, Instant dueAt, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
