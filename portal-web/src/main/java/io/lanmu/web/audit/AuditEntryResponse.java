package io.lanmu.web.audit;

import io.lanmu.audit.AuditEntry;
import java.time.Instant;

/**
 * One step in the audit trail. {@code details} is the recorded event as JSON text.
 */
public record AuditEntryResponse(long id, Instant occurredAt, long actorId, String actorName, String action,
        String subjectType, long subjectId, String comment, String details) {

    public static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.getId(), entry.getOccurredAt(), entry.getActorId(), entry.getActorName(),
                entry.getAction(), entry.getSubjectType(), entry.getSubjectId(), entry.getComment(),
                entry.getDetails());
    }
}
