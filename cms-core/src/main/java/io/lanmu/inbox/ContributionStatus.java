package io.lanmu.inbox;

public enum ContributionStatus {
    /** Waiting for an editor. */
    NEW,
    /** An editor turned it into a draft item. */
    ACCEPTED,
    /** An editor declined it, with a reason. */
    DECLINED
}
