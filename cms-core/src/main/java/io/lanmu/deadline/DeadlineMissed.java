package io.lanmu.deadline;

import java.time.Instant;

/**
 * An item passed its due time without being published.
 */
public record DeadlineMissed(long itemId, long columnId, InformationCategory category, Instant dueAt, long actorId,
        String actorName, Instant occurredAt) implements DeadlineEvent {
}
