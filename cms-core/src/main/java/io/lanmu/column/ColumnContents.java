package io.lanmu.column;

/**
 * Tells whether something still lives in a column. The column module cannot see items (items
 * depend on columns, not the other way round), so the item module answers through this.
 */
public interface ColumnContents {

    /** How many things of this kind the column holds. */
    long countIn(long columnId);
}
