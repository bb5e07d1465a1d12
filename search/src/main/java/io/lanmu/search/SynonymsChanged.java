package io.lanmu.search;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

/**
 * An admin added or removed a synonym entry: searches answer differently from now on, so answers kept from before
 * are stale.
 *
 * @param subjectId the entry's id
 * @param comment what changed: {@code added 个税} or {@code removed 个税}
 */
public record SynonymsChanged(Instant occurredAt, long actorId, String actorName, long subjectId, String comment)
        implements DomainEvent {

    @Override
    public String subjectType() {
        return "SYNONYM";
    }
}
