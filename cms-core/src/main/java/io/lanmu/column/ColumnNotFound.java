package io.lanmu.column;

import io.lanmu.shared.NotFound;

public class ColumnNotFound extends NotFound {

    public ColumnNotFound(long id) {
        super("column-not-found", "There is no column " + id, id);
    }
}
