package io.lanmu.column;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

/**
 * A column was renamed, re-slugged, hidden or shown. Search reacts when the path or the visibility
 * changed.
 */
public record ColumnChanged(long columnId, String name, String oldPath, String path, boolean wasVisible,
        boolean visible, long actorId, String actorName, Instant occurredAt) implements DomainEvent {

    public boolean visibilityChanged() {
        return wasVisible != visible;
    }

    public boolean pathChanged() {
        return !oldPath.equals(path);
    }

    @Override
    public String subjectType() {
        return "COLUMN";
    }

    @Override
    public long subjectId() {
        return columnId;
    }
}
