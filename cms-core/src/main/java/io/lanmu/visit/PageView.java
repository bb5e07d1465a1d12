package io.lanmu.visit;

/**
 * What a visitor looked at: an item page (column and item), a column page (column only) or another page of the site
 * (neither).
 */
public record PageView(Long columnId, Long itemId) {

    public static final PageView SITE = new PageView(null, null);

    public static PageView ofColumn(long columnId) {
        return new PageView(columnId, null);
    }

    public static PageView ofItem(long columnId, long itemId) {
        return new PageView(columnId, itemId);
    }
}
