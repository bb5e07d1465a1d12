package io.lanmu.deadline;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;

/**
 * An item's publication deadline in its current cycle: the policy that applied when the cycle began
 * and the due time it gives. The due time stays empty while the clock has not started (for example
 * a policy counting from submission, before the first submission) and when there is no fixed window.
 */
@Embeddable
public class Deadline {

    private Integer windowHours;

    @Enumerated(EnumType.STRING)
    private ClockStart clockStart;

    private Instant dueAt;

    protected Deadline() {
    }

    private Deadline(Integer windowHours, ClockStart clockStart, Instant dueAt) {
        this.windowHours = windowHours;
        this.clockStart = clockStart;
        this.dueAt = dueAt;
    }

    /** The deadline the policy gives, counting from whichever of the moments it names has happened. */
    public static Deadline under(PolicySnapshot policy, Instant receivedAt, Instant submittedAt, Instant approvedAt) {
        Instant start = switch (policy.clockStart()) {
            case RECEIVED -> receivedAt;
            case SUBMITTED -> submittedAt;
            case APPROVED -> approvedAt;
        };
        Instant due = policy.windowHours() == null || start == null ? null
                : start.plus(Duration.ofHours(policy.windowHours()));
        return new Deadline(policy.windowHours(), policy.clockStart(), due);
    }

    /** Recounts with the same policy after one of the moments happened. */
    public Deadline recount(InformationCategory category, Instant receivedAt, Instant submittedAt, Instant approvedAt) {
        return under(policy(category), receivedAt, submittedAt, approvedAt);
    }

    public PolicySnapshot policy(InformationCategory category) {
        return new PolicySnapshot(category, windowHours, clockStart);
    }

    public boolean hasWindow() {
        return windowHours != null;
    }

    /** Whether publishing at {@code at} keeps the deadline; without a due time everything is in time. */
    public boolean isMetBy(Instant at) {
        return dueAt == null || !at.isAfter(dueAt);
    }

    /** Where the deadline stands at {@code now}, given when (if at all) the cycle was published. */
    public DeadlineState stateAt(Instant now, Instant publishedAt, Duration warnBefore) {
        if (!hasWindow()) {
            return DeadlineState.NONE;
        }
        if (publishedAt != null) {
            return isMetBy(publishedAt) ? DeadlineState.MET : DeadlineState.MISSED;
        }
        if (dueAt == null) {
            return DeadlineState.NOT_STARTED;
        }
        if (now.isAfter(dueAt)) {
            return DeadlineState.OVERDUE;
        }
        return now.isBefore(dueAt.minus(warnBefore)) ? DeadlineState.ON_TRACK : DeadlineState.DUE_SOON;
    }

    public Integer getWindowHours() {
        return windowHours;
    }

    public ClockStart getClockStart() {
        return clockStart;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
