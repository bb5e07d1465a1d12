package io.lanmu.column;

/**
 * What a column shows. The kind is chosen when the column is created and does not change.
 */
public enum ColumnKind {
    /** Holds a list of items (动态栏目). */
    LIST,
    /** Shows one static page (静态栏目): at most one item. */
    PAGE,
    /** Points to an external address; holds no items. */
    LINK;

    public boolean holdsItems() {
        return this != LINK;
    }
}
