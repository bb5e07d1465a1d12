package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import java.time.Instant;

/**
 * An editor created an item; its first revision is a draft.
 */
public record ItemCreated(long itemId, long columnId, InformationCategory category, String title, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
