package io.lanmu.item;

/**
 * The step of the workflow the item last took, as the item table stores it and the {@code status} filter and
 * field of the management API name it. It tells review and publication apart only partly (a live item with a
 * new draft is {@code DRAFT}); {@link Item#getReview()} and {@link Item#publicationStateAt} say each on its own.
 */
public enum ItemStatus {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    EXPIRED
}
