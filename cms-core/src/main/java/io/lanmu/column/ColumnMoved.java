package io.lanmu.column;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

public record ColumnMoved(long columnId, Long oldParentId, Long newParentId, String oldPath, String path,
        long actorId, String actorName, Instant occurredAt) implements DomainEvent {

    @Override
    public String subjectType() {
        return "COLUMN";
    }

    @Override
    public long subjectId() {
        return columnId;
    }
}
