package io.lanmu.deadline;

/**
 * The rule for a category as it stood at one moment. Items keep the snapshot that applied when their
 * clock was set, so later policy changes do not rewrite history.
 *
 * @param windowHours hours allowed for publication, or {@code null} for no fixed window (适时)
 */
public record PolicySnapshot(InformationCategory category, Integer windowHours, ClockStart clockStart) {
}
