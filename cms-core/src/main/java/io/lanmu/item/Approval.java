package io.lanmu.item;

import java.time.Instant;

/**
 * An approver's decision on an item under review.
 *
 * @param publishAt when to publish; empty or past means now
 * @param expireAt when the item goes offline by itself; empty for never
 * @param reason why publication is scheduled beyond the due time (required then)
 * @param version the version the approver reviewed; empty skips the check
 */
public record Approval(Instant publishAt, Instant expireAt, String reason, Long version) {

    public static Approval now() {
        return new Approval(null, null, null, null);
    }
}
