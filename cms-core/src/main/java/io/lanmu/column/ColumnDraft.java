package io.lanmu.column;

/**
 * What an admin fills in to create a column.
 *
 * @param parentId the parent column, or {@code null} for a top-level column
 * @param position the place among its siblings (0 first); {@code null} appends it
 */
public record ColumnDraft(Long parentId, String name, String slug, ColumnKind kind, String linkUrl,
        String description, boolean visible, Integer position) {
}
