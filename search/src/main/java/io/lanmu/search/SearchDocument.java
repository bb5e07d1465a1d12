package io.lanmu.search;

import java.time.Instant;
import java.util.List;

/**
 * One searchable document. Engines index it as given and never look anything up.
 *
 * @param id unique across the index; replacing a document means indexing one with the same id
 * @param columnPath the ids of the document's column and all its ancestors, root first, so a filter on
 *     a column finds everything in its subtree
 * @param body plain text, no HTML
 * @param date what "newest first" and the year facet use: the publication time for public documents,
 *     the last change for editorial ones
 */
public record SearchDocument(String id, long itemId, Scope scope, String title, String summary, String body,
        List<AttachmentText> attachments, long columnId, List<Long> columnPath, String category, String status,
        List<String> tags, Instant date) {

    public SearchDocument {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        columnPath = List.copyOf(columnPath);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The id the document of {@code itemId} has in {@code scope}. */
    public static String idOf(Scope scope, long itemId) {
        return scope.name().toLowerCase() + "-" + itemId;
    }

    /** Text extracted from one attachment. */
    public record AttachmentText(long attachmentId, String name, String text) {
    }
}
