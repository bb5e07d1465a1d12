package io.lanmu.item;

import io.lanmu.shared.Conflict;

/**
 * The workflow does not allow this step from the item's current state, such as approving a draft or
 * publishing an item whose changes were requested.
 */
class TransitionNotAllowed extends Conflict {

    public TransitionNotAllowed(long itemId, String action, ItemStatus status) {
        super("transition-not-allowed", "Item %d cannot be %s while it is %s".formatted(itemId, action, status),
                itemId, action, status.name());
    }
}
