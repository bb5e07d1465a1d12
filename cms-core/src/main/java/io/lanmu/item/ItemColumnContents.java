package io.lanmu.item;

import io.lanmu.column.ColumnContents;
import org.springframework.stereotype.Component;

/**
 * Items keep their column from being deleted.
 */
@Component
class ItemColumnContents implements ColumnContents {

    private final Items items;

    ItemColumnContents(Items items) {
        this.items = items;
    }

    @Override
    public long countIn(long columnId) {
        return items.countByColumnId(columnId);
    }
}
