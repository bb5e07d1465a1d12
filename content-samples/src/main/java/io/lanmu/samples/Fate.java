package io.lanmu.samples;

/**
 * Where a sample item ends up, and the way it gets there.
 */
enum Fate {
    PUBLISHED_ON_TIME,
    PUBLISHED_LATE,
    /** Rejected once, corrected, resubmitted and published. */
    PUBLISHED_AFTER_REJECTION,
    /** Published, then edited: the new draft waits while the old revision stays online. */
    LIVE_WITH_DRAFT,
    SCHEDULED,
    /** Scheduled beyond its due time, with the reason recorded. */
    SCHEDULED_LATE_WITH_REASON,
    IN_REVIEW,
    DRAFT,
    CHANGES_REQUESTED,
    UNPUBLISHED,
    EXPIRED;

    private static final Fate[] PATTERN = {PUBLISHED_ON_TIME, PUBLISHED_ON_TIME, PUBLISHED_ON_TIME, PUBLISHED_LATE,
        PUBLISHED_ON_TIME, IN_REVIEW, PUBLISHED_ON_TIME, PUBLISHED_AFTER_REJECTION, PUBLISHED_ON_TIME, DRAFT,
        PUBLISHED_ON_TIME, SCHEDULED, PUBLISHED_LATE, LIVE_WITH_DRAFT, PUBLISHED_ON_TIME, CHANGES_REQUESTED,
        PUBLISHED_ON_TIME, UNPUBLISHED, PUBLISHED_ON_TIME, EXPIRED, PUBLISHED_ON_TIME, SCHEDULED_LATE_WITH_REASON};

    /** A fixed pattern, so every start builds the same site and every fate occurs several times. */
    static Fate forItem(int index) {
        return PATTERN[index % PATTERN.length];
    }

    boolean endsOpen() {
        return this == IN_REVIEW || this == DRAFT || this == CHANGES_REQUESTED || this == SCHEDULED
                || this == SCHEDULED_LATE_WITH_REASON;
    }
}
