package io.lanmu.column;

/**
 * The changeable settings of a column, based on the version the admin saw.
 */
public record ColumnSettings(String name, String slug, String linkUrl, String description, boolean visible,
        Long version) {
}
