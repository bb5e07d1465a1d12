package io.lanmu.deadline;

/**
 * The moment from which an item's publication window is counted.
 */
public enum ClockStart {
    /** When the information reached the team (the item's received-at). */
    RECEIVED,
    /** When an editor first submitted the item for review. */
    SUBMITTED,
    /** When the item was approved. */
    APPROVED
}
