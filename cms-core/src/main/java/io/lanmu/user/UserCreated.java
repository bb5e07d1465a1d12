package io.lanmu.user;

import io.lanmu.shared.DomainEvent;
import io.lanmu.shared.Role;
import java.time.Instant;
import java.util.Set;

public record UserCreated(long userId, String username, Set<Role> roles, long actorId, String actorName,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String subjectType() {
        return "USER";
    }

    @Override
    public long subjectId() {
        return userId;
    }
}
