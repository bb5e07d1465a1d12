package io.lanmu.deadline;

import java.time.Instant;

/**
 * An unpublished item is due soon.
 */
public record DeadlineApproaching(long itemId, long columnId, InformationCategory category, Instant dueAt,
        long actorId, String actorName, Instant occurredAt) implements DeadlineEvent {
}
