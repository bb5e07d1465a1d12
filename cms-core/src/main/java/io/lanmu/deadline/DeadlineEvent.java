package io.lanmu.deadline;

import io.lanmu.shared.DomainEvent;

/**
 * The deadline watch raised something about an item. The audit trail files it under the item, as it did when
 * these were item events; nothing in the item changes but its cycle's warning and late flag, so search has
 * nothing to index again.
 */
sealed interface DeadlineEvent extends DomainEvent permits DeadlineApproaching, DeadlineMissed {

    long itemId();

    @Override
    default String subjectType() {
        return "ITEM";
    }

    @Override
    default long subjectId() {
        return itemId();
    }
}
