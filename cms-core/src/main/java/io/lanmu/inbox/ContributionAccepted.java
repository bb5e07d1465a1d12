package io.lanmu.inbox;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

/**
 * An editor turned a contribution into a draft item.
 */
public record ContributionAccepted(long contributionId, long itemId, long actorId, String actorName, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String subjectType() {
        return "CONTRIBUTION";
    }

    @Override
    public long subjectId() {
        return contributionId;
    }
}
