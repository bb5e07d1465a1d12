package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import java.time.Instant;

/**
 * A published item as visitors see it: the live revision's content, never a pending draft.
 */
public record PublishedItem(long id, long columnId, InformationCategory category, int revision,
        ItemContent content, Instant publishedAt, Instant lastModifiedAt) {
}
