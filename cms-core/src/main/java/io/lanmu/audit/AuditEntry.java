package io.lanmu.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One recorded step. {@code action} is the name of the domain event (ItemApproved, ColumnMoved...);
 * {@code details} holds the event's fields as JSON.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    private Instant occurredAt;

    private long actorId;

    private String actorName;

    private String action;

    private String subjectType;

    private long subjectId;

    private String comment;

    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, long actorId, String actorName, String action, String subjectType, long subjectId,
            String comment, String details) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.comment = comment;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getComment() {
        return comment;
    }

    public String getDetails() {
        return details;
    }
}
