package io.lanmu.column;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;
import java.util.Set;

public record EditorAssignmentsChanged(long userId, Set<Long> columnIds, long actorId, String actorName,
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
