package io.lanmu.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Duration;
import java.time.Instant;

/**
 * One round of getting new information online: it opens when the information reaches the team and
 * closes when it is first published. The deadline belongs to the cycle; editing an item after it was
 * published opens a new cycle, so every piece of new information is measured on its own.
 *
 * <p>The item embeds its cycle and moves it through the workflow steps; the warning and the late flag
 * are set only by the {@link DeadlineWatch}.
 */
@Embeddable
public class PublicationCycle {

    private Instant receivedAt;

    private Instant submittedAt;

    private Instant approvedAt;

    // The item has a published-at of its own (when it last went online); this one closes the cycle.
    @Column(name = "cycle_published_at")
    private Instant publishedAt;

    @Embedded
    private Deadline deadline;

    private Instant warnedAt;

    private Instant flaggedLateAt;

    protected PublicationCycle() {
    }

    public static PublicationCycle open(PolicySnapshot policy, Instant receivedAt) {
        PublicationCycle cycle = new PublicationCycle();
        cycle.receivedAt = receivedAt;
        cycle.deadline = Deadline.under(policy, receivedAt, null, null);
        return cycle;
    }

    /**
     * The cycle after the item was edited: a new one under {@code policy} when this one is closed (the edit
     * brings new information), else this one, under {@code policy} when the category changed, counting from
     * {@code receivedAt} when that changed.
     *
     * @param policy the current policy of the item's (new) category
     */
    public PublicationCycle afterEdit(PolicySnapshot policy, boolean categoryChanged, Instant receivedAt,
            Instant at) {
        PublicationCycle cycle = this;
        if (!isOpen()) {
            cycle = open(policy, receivedAt == null ? at : receivedAt);
        }
        else if (categoryChanged) {
            applyPolicy(policy);
        }
        if (receivedAt != null && !receivedAt.equals(cycle.receivedAt)) {
            cycle.changeReceivedAt(policy.category(), receivedAt);
        }
        return cycle;
    }

    /** Whether a publication at {@code at} that closed this cycle kept its deadline; empty when not measured. */
    public Boolean onTime(boolean measured, Instant at) {
        return measured && deadline.hasWindow() ? deadline.isMetBy(at) : null;
    }

    public boolean isOpen() {
        return publishedAt == null;
    }

    /** The category (and with it the policy) changed while the cycle is open. */
    void applyPolicy(PolicySnapshot policy) {
        deadline = Deadline.under(policy, receivedAt, submittedAt, approvedAt);
    }

    void changeReceivedAt(InformationCategory category, Instant receivedAt) {
        this.receivedAt = receivedAt;
        deadline = deadline.recount(category, receivedAt, submittedAt, approvedAt);
    }

    public void markSubmitted(InformationCategory category, Instant at) {
        if (isOpen() && submittedAt == null) {
            submittedAt = at;
            deadline = deadline.recount(category, receivedAt, submittedAt, approvedAt);
        }
    }

    public void markApproved(InformationCategory category, Instant at) {
        if (isOpen() && approvedAt == null) {
            approvedAt = at;
            deadline = deadline.recount(category, receivedAt, submittedAt, approvedAt);
        }
    }

    /** Closes the cycle at its first publication; later publications are not measured. */
    public boolean closeAt(Instant at) {
        if (!isOpen()) {
            return false;
        }
        publishedAt = at;
        return true;
    }

    public DeadlineState stateAt(Instant now, Duration warnBefore) {
        return deadline.stateAt(now, publishedAt, warnBefore);
    }

    /** Raises the due-soon warning once per cycle: true when this call raised it. */
    boolean warnIfDueSoon(Instant now, Duration warnBefore) {
        if (warnedAt != null || stateAt(now, warnBefore) != DeadlineState.DUE_SOON) {
            return false;
        }
        warnedAt = now;
        return true;
    }

    /** Flags the cycle as late once: true when this call flagged it. */
    boolean flagIfOverdue(Instant now, Duration warnBefore) {
        if (flaggedLateAt != null || stateAt(now, warnBefore) != DeadlineState.OVERDUE) {
            return false;
        }
        flaggedLateAt = now;
        // A late item needs no "due soon" warning any more.
        if (warnedAt == null) {
            warnedAt = now;
        }
        return true;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public Instant getDueAt() {
        return deadline.getDueAt();
    }
}
