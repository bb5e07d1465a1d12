package io.lanmu.web.items;

import io.lanmu.deadline.DeadlineState;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemStatus;
import io.lanmu.item.PublicationState;
import io.lanmu.item.ReviewState;
import io.lanmu.web.FieldText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * An item in a staff list; {@code status}, {@code review} and {@code publication} as in {@link ItemResponse}.
 */
record ItemSummaryResponse(long id, long version, ItemStatus status, ReviewState review,
        PublicationState publication, boolean live, long columnId,
        InformationCategory category, @Schema(description = FieldText.PLAIN) String title, Instant receivedAt,
        Instant dueAt, DeadlineState deadlineState,
        Instant publishAt, Instant publishedAt, Instant updatedAt) {
}
