package io.lanmu.item;

import io.lanmu.deadline.DeadlineState;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.deadline.PublicationCycle;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What the item table holds for an {@link Item}, and how the rest of Lanmu reads it. The fields are
 * package-private so that the item's workflow steps can set them; nothing else writes them.
 */
@MappedSuperclass
public abstract class ItemState extends AbstractAggregateRoot<Item> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
    Long id;

    long columnId;

    @Enumerated(EnumType.STRING)
    InformationCategory category;

    @Enumerated(EnumType.STRING)
    ItemStatus status;

    /** The latest revision's title, kept here so lists need no join. */
    String title;

    int latestRevision;

    Integer liveRevision;

    @Embedded
    PublicationCycle cycle;

    Long submittedBy;

    @Embedded
    PublicationSchedule schedule;

    /** When the item last went online after being offline. */
    Instant publishedAt;

    /** When the live revision last changed. */
    Instant lastPublishedAt;

    long createdBy;

    Instant createdAt;

    Instant updatedAt;

    @Version
    long version;

    PublicationSchedule schedule() {
        return PublicationSchedule.orNone(schedule);
    }

    public boolean isLive() {
        return liveRevision != null;
    }

    /** Where the latest revision stands in review. */
    public ReviewState getReview() {
        return ReviewState.of(status);
    }

    /** What visitors see of the item at {@code now}. */
    public PublicationState publicationStateAt(Instant now) {
        return PublicationState.of(liveRevision, latestRevision, schedule().publishAt(), schedule().expireAt(),
                status == ItemStatus.EXPIRED, now);
    }

    public DeadlineState deadlineStateAt(Instant now, Duration warnBefore) {
        return cycle.stateAt(now, warnBefore);
    }

    public Instant getDueAt() {
        return cycle.getDueAt();
    }

    public Long getId() {
        return id;
    }

    public long getColumnId() {
        return columnId;
    }

    public InformationCategory getCategory() {
        return category;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public int getLatestRevision() {
        return latestRevision;
    }

    public Integer getLiveRevision() {
        return liveRevision;
    }

    public PublicationCycle getCycle() {
        return cycle;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public PublicationSchedule getSchedule() {
        return schedule();
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getLastPublishedAt() {
        return lastPublishedAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
