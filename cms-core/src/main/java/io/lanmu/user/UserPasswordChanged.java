package io.lanmu.user;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

public record UserPasswordChanged(long userId, String username, long actorId, String actorName, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String subjectType() {
        return "USER";
    }

    @Override
    public long subjectId() {
        return userId;
    }
}
