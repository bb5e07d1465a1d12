package io.lanmu.item;

import java.time.Instant;

/**
 * A never-published item was deleted with its revisions.
 */
public record ItemDeleted(long itemId, long columnId, String title, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
