package io.lanmu.column;

/**
 * A column as seen in a {@link SiteTree} snapshot.
 */
public record ColumnNode(long id, Long parentId, String name, String slug, String path, int position,
        ColumnKind kind, String linkUrl, String description, boolean visible, long version) {

    static ColumnNode of(Column column) {
        return new ColumnNode(column.getId(), column.getParentId(), column.getName(), column.getSlug(),
                column.getPath(), column.getPosition(), column.getKind(), column.getLinkUrl(),
                column.getDescription(), column.isVisible(), column.getVersion());
    }

    /** True when {@code other} is this column or lies beneath it. */
    public boolean contains(ColumnNode other) {
        return other.path.equals(path) || other.path.startsWith(path + "/");
    }
}
