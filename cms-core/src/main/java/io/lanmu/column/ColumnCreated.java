package io.lanmu.column;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

public record ColumnCreated(long columnId, Long parentId, String name, String path, ColumnKind kind,
        boolean visible, long actorId, String actorName, Instant occurredAt) implements DomainEvent {

    @Override
    public String subjectType() {
        return "COLUMN";
    }

    @Override
    public long subjectId() {
        return columnId;
    }
}
