package io.lanmu.web.items;

import io.lanmu.deadline.ClockStart;
import io.lanmu.deadline.DeadlineState;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemStatus;
import io.lanmu.item.PublicationState;
import io.lanmu.item.ReviewState;
import io.lanmu.web.FieldText;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An item as staff see it: the latest revision's content and where the item stands.
 *
 * @param status the workflow step the item last took (kept for clients that read it; it shows a live item with
 *     a new draft as {@code DRAFT})
 * @param review where the latest revision stands in review
 * @param publication what visitors see of the item now ({@code LIVE_WITH_DRAFT} for that live item)
 * @param live whether a revision of the item is online (it may be, while a newer draft is reviewed)
 * @param revision the latest revision's number
 * @param liveRevision the number of the revision visitors see, if any
 */
record ItemResponse(long id, long version, ItemStatus status, ReviewState review,
        PublicationState publication, boolean live, long columnId,
        InformationCategory category, @Schema(description = FieldText.PLAIN) String title,
        @Schema(description = FieldText.PLAIN) String summary, @Schema(description = FieldText.HTML) String body,
        @Schema(description = FieldText.PLAIN) String author, @Schema(description = FieldText.PLAIN) String source,
        @Schema(description = FieldText.PLAIN) List<String> tags, String documentNumber, String issuingBody,
        LocalDate issuedOn, String indexNumber,
        Instant receivedAt, Instant dueAt, Deadline deadline, int revision, Integer liveRevision, Instant publishAt,
        String scheduleReason, Instant expireAt, Instant publishedAt, Instant lastPublishedAt, long createdBy,
        Instant createdAt, Instant updatedAt, List<AttachmentResponse> attachments) {

    /**
     * The item's deadline in its current publication cycle.
     *
     * @param windowHours the window that applied when the cycle began; empty for no fixed window
     */
    record Deadline(DeadlineState state, Instant dueAt, Integer windowHours, ClockStart clockStart) {
    }
}
