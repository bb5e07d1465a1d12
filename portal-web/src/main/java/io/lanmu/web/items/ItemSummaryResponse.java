package io.lanmu.web.items;

import io.lanmu.deadline.DeadlineState;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemStatus;
import java.time.Instant;

/**
 * An item in a staff list.
 */
record ItemSummaryResponse(long id, long version, ItemStatus status, boolean live, long columnId,
        InformationCategory category, String title, Instant receivedAt, Instant dueAt, DeadlineState deadlineState,
        Instant publishAt, Instant publishedAt, Instant updatedAt) {
}
