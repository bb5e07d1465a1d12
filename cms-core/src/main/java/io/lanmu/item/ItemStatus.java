package io.lanmu.item;

/**
 * Where the item's latest revision stands in the workflow. Whether a revision is online is a separate
 * fact ({@link Item#isLive()}): an item being edited after publication stays online while its new
 * draft is reviewed.
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
