package io.lanmu.item;

/**
 * Where the item's latest revision stands in review, apart from whether anything is online (that is its
 * {@link PublicationState}).
 */
public enum ReviewState {
    /** Being written or changed; not submitted since the last change. */
    DRAFT,
    IN_REVIEW,
    /** The approver sent it back with a comment. */
    REJECTED,
    /** Approved: online, waiting for its publication time, or taken offline since. */
    APPROVED;

    static ReviewState of(ItemStatus status) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case IN_REVIEW -> IN_REVIEW;
            case CHANGES_REQUESTED -> REJECTED;
            case SCHEDULED, PUBLISHED, UNPUBLISHED, EXPIRED -> APPROVED;
        };
    }
}
