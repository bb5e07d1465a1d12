package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import java.time.Instant;

/**
 * A published item in a list: what visitors see of it before they open it.
 */
public record PublishedItemSummary(long id, long columnId, InformationCategory category, String title,
        String summary, Instant publishedAt, Instant lastModifiedAt) {
}
