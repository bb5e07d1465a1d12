package io.lanmu.search;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One searchable document. Engines index it as given and never look anything up.
 *
 * <p>A document is in one scope, or in both when the item's live and latest revisions read alike: one document then
 * serves visitors and staff, and a rebuild analyses and stores the item once instead of twice.
 *
 * @param scopes the audiences the document is for; not empty
 * @param columnPath the ids of the document's column and all its ancestors, root first, so a filter on
 *     a column finds everything in its subtree
 * @param body plain text, no HTML
 * @param date what "newest first" and the year facet use: the publication time for public documents,
 *     the last change for editorial ones
 */
public record SearchDocument(long itemId, Set<Scope> scopes, String title, String summary, String body,
        List<AttachmentText> attachments, long columnId, List<Long> columnPath, String category, String status,
        List<String> tags, Instant date) {

    /** What the id of a document in both scopes starts with. */
    private static final String BOTH_SCOPES = "item";

    public SearchDocument {
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("A document is in at least one scope");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        columnPath = List.copyOf(columnPath);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A document in one scope. */
    public SearchDocument(long itemId, Scope scope, String title, String summary, String body,
            List<AttachmentText> attachments, long columnId, List<Long> columnPath, String category, String status,
            List<String> tags, Instant date) {
        this(itemId, Set.of(scope), title, summary, body, attachments, columnId, columnPath, category, status, tags,
                date);
    }

    /** Unique across the index; indexing a document replaces every document the item had. */
    public String id() {
        return scopes.size() == 1 ? idOf(scopes.iterator().next(), itemId) : BOTH_SCOPES + "-" + itemId;
    }

    /** This document in {@code more} scopes as well. */
    public SearchDocument alsoIn(Collection<Scope> more) {
        Set<Scope> all = EnumSet.copyOf(scopes);
        all.addAll(more);
        return new SearchDocument(itemId, all, title, summary, body, attachments, columnId, columnPath, category,
                status, tags, date);
    }

    /**
     * An item's documents, given those of its scopes (either may be null, for none): the two as one document in both
     * scopes when they read alike, apart otherwise.
     */
    public static List<SearchDocument> ofItem(SearchDocument editorial, SearchDocument visible) {
        if (editorial == null || visible == null) {
            return Stream.of(editorial, visible).filter(Objects::nonNull).toList();
        }
        SearchDocument both = editorial.alsoIn(visible.scopes());
        return both.equals(visible.alsoIn(editorial.scopes())) ? List.of(both) : List.of(editorial, visible);
    }

    /** The id the document of {@code itemId} has in {@code scope}, as searches and {@code ids(scope)} name it. */
    public static String idOf(Scope scope, long itemId) {
        return scope.name().toLowerCase() + "-" + itemId;
    }

    /** Every id a document of the item may have, whichever its scopes. */
    public static List<String> possibleIdsOf(long itemId) {
        return List.of(idOf(Scope.PUBLIC, itemId), idOf(Scope.EDITORIAL, itemId), BOTH_SCOPES + "-" + itemId);
    }

    /** The item an id of {@link #id()}'s making belongs to. */
    public static long itemIdOf(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    /** Text extracted from one attachment. */
    public record AttachmentText(long attachmentId, String name, String text) {
    }
}
