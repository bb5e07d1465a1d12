package io.lanmu.item;

import io.lanmu.shared.NotFound;

class RevisionNotFound extends NotFound {

    public RevisionNotFound(long itemId, int number) {
        super("revision-not-found", "Item %d has no revision %d".formatted(itemId, number), itemId, number);
    }
}
