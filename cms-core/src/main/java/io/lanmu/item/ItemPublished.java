package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import java.time.Instant;

/**
 * A revision went online. {@code onTime} is empty when the publication was not measured against a deadline.
 */
public record ItemPublished(long itemId, long columnId, int revision, InformationCategory category, Instant dueAt, Boolean onTime, boolean scheduled, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
