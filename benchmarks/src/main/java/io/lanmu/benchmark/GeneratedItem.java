package io.lanmu.benchmark;

import java.time.Instant;
import java.util.List;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.ItemStatus;

/**
 * One generated item as the database holds it.
 *
 * @param revisions the item's revisions, number 1 first; the last one is the latest
 * @param liveRevision the number of the revision online, or {@code null} when the item is offline
 * @param publishedAt when it went online; {@code null} for items never published
 * @param attachment the one attachment its revisions list, or {@code null}
 */
record GeneratedItem(long id, long columnId, InformationCategory category, ItemStatus status, Instant receivedAt,
        Instant publishedAt, Instant updatedAt, List<Content> revisions, Integer liveRevision, Attachment attachment) {

    int latestRevision() {
        return revisions.size();
    }

    Content latest() {
        return revisions.getLast();
    }

    Content live() {
        return liveRevision == null ? null : revisions.get(liveRevision - 1);
    }

    /** What a revision says. */
    record Content(String title, String summary, String bodyHtml, List<String> tags) {
    }

    /** An uploaded file whose text was extracted. */
    record Attachment(long id, String fileName, String contentType, long sizeBytes, String text) {
    }
}
