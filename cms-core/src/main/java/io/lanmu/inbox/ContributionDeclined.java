package io.lanmu.inbox;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

/**
 * An editor declined a contribution, saying why.
 */
public record ContributionDeclined(long contributionId, String response, long actorId, String actorName, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String subjectType() {
        return "CONTRIBUTION";
    }

    @Override
    public long subjectId() {
        return contributionId;
    }

    @Override
    public String comment() {
        return response;
    }
}
