package io.lanmu.user;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

public record TokenIssued(long tokenId, long userId, String tokenName, Instant expiresAt, long actorId,
        String actorName, Instant occurredAt) implements DomainEvent {

    @Override
    public String subjectType() {
        return "USER";
    }

    @Override
    public long subjectId() {
        return userId;
    }
}
