package io.lanmu.item;

import io.lanmu.shared.NotFound;

public class ItemNotFound extends NotFound {

    public ItemNotFound(long id) {
        super("item-not-found", "There is no item " + id, id);
    }
}
