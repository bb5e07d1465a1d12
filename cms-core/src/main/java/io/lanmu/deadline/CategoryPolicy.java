package io.lanmu.deadline;

import io.lanmu.shared.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * How long items of one category may take to be published, and from which moment that is counted.
 */
@Entity
@Table(name = "category_policy")
public class CategoryPolicy extends AbstractAggregateRoot<CategoryPolicy> {

    @Id
    @Enumerated(EnumType.STRING)
    private InformationCategory category;

    private Integer windowHours;

    @Enumerated(EnumType.STRING)
    private ClockStart clockStart;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected CategoryPolicy() {
    }

    void change(Integer windowHours, ClockStart clockStart, Actor by, Instant at) {
        PolicySnapshot before = snapshot();
        this.windowHours = windowHours;
        this.clockStart = clockStart;
        this.updatedAt = at;
        this.updatedBy = by.username();
        registerEvent(new CategoryPolicyChanged(category, before.windowHours(), before.clockStart(), windowHours,
                clockStart, by.userId(), by.username(), at));
    }

    public PolicySnapshot snapshot() {
        return new PolicySnapshot(category, windowHours, clockStart);
    }

    public InformationCategory getCategory() {
        return category;
    }

    public Integer getWindowHours() {
        return windowHours;
    }

    public ClockStart getClockStart() {
        return clockStart;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
