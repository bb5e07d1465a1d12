package io.lanmu.web.items;

import io.lanmu.deadline.DeadlineProperties;
import io.lanmu.item.Item;
import io.lanmu.item.ItemAttachments;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemDetails;
import io.lanmu.shared.Moments;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Maps items to their JSON answers; a deadline's state depends on the moment it is read, so the
 * mapping needs the clock.
 */
@Component
class ItemResponses {

    private final DeadlineProperties deadlines;
    private final ItemAttachments attachments;
    private final Clock clock;

    ItemResponses(DeadlineProperties deadlines, ItemAttachments attachments, Clock clock) {
        this.deadlines = deadlines;
        this.attachments = attachments;
        this.clock = clock;
    }

    ItemResponse of(ItemDetails details) {
        Item item = details.item();
        ItemContent content = details.content();
        var deadline = item.getCycle().getDeadline();
        return new ItemResponse(item.getId(), item.getVersion(), item.getStatus(), item.getReview(),
                item.publicationStateAt(now()), item.isLive(), item.getColumnId(),
                item.getCategory(), content.title(), content.summary(), content.body(), content.author(),
                content.source(), content.tags(), content.documentNumber(), content.issuingBody(),
                content.issuedOn(), content.indexNumber(), item.getCycle().getReceivedAt(), item.getDueAt(),
                new ItemResponse.Deadline(item.deadlineStateAt(now(), deadlines.warnBefore()), item.getDueAt(),
                        deadline.getWindowHours(), deadline.getClockStart()),
                item.getLatestRevision(), item.getLiveRevision(), item.getSchedule().publishAt(),
                item.getSchedule().scheduleReason(), item.getSchedule().expireAt(), item.getPublishedAt(), item.getLastPublishedAt(), item.getCreatedBy(),
                item.getCreatedAt(), item.getUpdatedAt(),
                attachments.listedIn(content).stream().map(AttachmentResponse::of).toList());
    }

    ItemSummaryResponse summaryOf(Item item) {
        return new ItemSummaryResponse(item.getId(), item.getVersion(), item.getStatus(), item.getReview(),
                item.publicationStateAt(now()), item.isLive(),
                item.getColumnId(), item.getCategory(), item.getTitle(), item.getCycle().getReceivedAt(),
                item.getDueAt(), item.deadlineStateAt(now(), deadlines.warnBefore()), item.getSchedule().publishAt(),
                item.getPublishedAt(), item.getUpdatedAt());
    }

    private Instant now() {
        return Moments.now(clock);
    }
}
