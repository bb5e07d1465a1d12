package io.lanmu.item;

import io.lanmu.shared.DomainEvent;

/**
 * Something happened to an item. Other modules (search) react to any of them by reading the item's
 * current state again, so they need only the id.
 */
public interface ItemEvent extends DomainEvent {

    long itemId();

    long columnId();

    @Override
    default String subjectType() {
        return "ITEM";
    }

    @Override
    default long subjectId() {
        return itemId();
    }
}
