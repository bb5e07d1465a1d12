package io.lanmu.item;

import java.time.Instant;

/**
 * A new revision was saved (by editing, or by restoring an older revision).
 */
public record ItemRevised(long itemId, long columnId, Long previousColumnId, int revision, Integer restoredFrom, long actorId, String actorName, Instant occurredAt)
        implements ItemEvent {
}
