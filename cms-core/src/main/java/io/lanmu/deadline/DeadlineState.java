package io.lanmu.deadline;

/**
 * Where an item stands against its publication deadline.
 */
public enum DeadlineState {
    /** The category has no fixed window (适时). */
    NONE,
    /** The window counts from a moment that has not happened yet (submission or approval). */
    NOT_STARTED,
    /** Due, with more than the warning period left. */
    ON_TRACK,
    /** Due within the warning period. */
    DUE_SOON,
    /** Past due and still not published. */
    OVERDUE,
    /** Published in time. */
    MET,
    /** Published, but late. */
    MISSED
}
