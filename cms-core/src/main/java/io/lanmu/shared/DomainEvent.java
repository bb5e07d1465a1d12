package io.lanmu.shared;

import java.time.Instant;

/**
 * Something that happened in the domain, named in the past tense. Every domain event says who did
 * it, when, and to what, so the audit trail records all of them the same way.
 */
public interface DomainEvent {

    Instant occurredAt();

    /** The user who caused the event; {@link Actor#SYSTEM}'s id for scheduled work. */
    long actorId();

    String actorName();

    /** The kind of thing the event is about: {@code ITEM}, {@code COLUMN}, {@code USER}... */
    String subjectType();

    long subjectId();

    /** A reviewer's comment or a recorded reason, when the step has one. */
    default String comment() {
        return null;
    }
}
