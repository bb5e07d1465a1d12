package io.lanmu.portal;

import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnNode;

/**
 * The site's readable addresses, built from column paths: {@code /news/work/} for a column,
 * {@code /news/work/42.html} for an item in it.
 */
final class Links {

    private Links() {
    }

    static String column(ColumnNode column) {
        return column.kind() == ColumnKind.LINK ? column.linkUrl() : column.path() + "/";
    }

    static String item(ColumnNode column, long itemId) {
        return column.path() + "/" + itemId + ".html";
    }

    static String columnFeed(ColumnNode column) {
        return column.path() + "/feed.xml";
    }
}
