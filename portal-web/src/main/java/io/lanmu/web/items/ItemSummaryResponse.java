package io.lanmu.web.items;

import io.lanmu.deadline.DeadlineState;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemStatus;
import io.lanmu.web.FieldText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * An item in a staff list.
 */
record ItemSummaryResponse(long id, long version, ItemStatus status, boolean live, long columnId,
        InformationCategory category, @Schema(description = FieldText.PLAIN) String title, Instant receivedAt,
        Instant dueAt, DeadlineState deadlineState,
        Instant publishAt, Instant publishedAt, Instant updatedAt) {
}
