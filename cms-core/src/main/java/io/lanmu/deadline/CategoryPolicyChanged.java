package io.lanmu.deadline;

import io.lanmu.shared.DomainEvent;
import java.time.Instant;

public record CategoryPolicyChanged(InformationCategory category, Integer oldWindowHours, ClockStart oldClockStart,
        Integer windowHours, ClockStart clockStart, long actorId, String actorName, Instant occurredAt)
        implements DomainEvent {

    @Override
    public String subjectType() {
        return "CATEGORY_POLICY";
    }

    @Override
    public long subjectId() {
        return category.ordinal();
    }
}
