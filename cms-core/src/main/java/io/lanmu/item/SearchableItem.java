package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import java.time.Instant;
import java.util.List;

/**
 * An item as search indexes it: where it sits, and its two views. The latest view is what staff search (drafts
 * included); the published view is what visitors search, and exists only while a revision is online in a column
 * visitors can see.
 *
 * @param columnPath the ids from the root column down to the item's column
 * @param latest the latest revision; empty only if it cannot be read
 * @param published the live revision while visitors can see it; empty otherwise
 */
public record SearchableItem(long id, long columnId, List<Long> columnPath, InformationCategory category,
        ItemStatus status, View latest, View published) {

    /**
     * One revision, in text.
     *
     * @param text the body as plain text
     * @param attachments the text of the files the revision lists whose text was extracted, in its order
     * @param date when the item last changed (latest) or first went online (published)
     */
    public record View(String title, String summary, String text, List<String> tags,
            List<AttachmentText> attachments, Instant date) {
    }

    public record AttachmentText(long attachmentId, String fileName, String text) {
    }
}
