package io.lanmu.inbox;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

/**
 * A contributor sent information or a suggestion.
 */
public record ContributionReceived(long contributionId, ContributionKind kind, String title, long actorId, String actorName, Instant occurredAt)
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
