package io.lanmu.item;

import io.lanmu.deadline.ClockStart;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.deadline.PublicationCycle;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A revision went online. The record keeps the policy that applied and the due time it gave, so
 * on-time figures stay right when admins change a category's window later.
 */
@Entity
@Immutable
@Table(name = "publication_record")
public class PublicationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_record_seq")
    @SequenceGenerator(name = "publication_record_seq", sequenceName = "publication_record_seq", allocationSize = 50)
    private Long id;

    private long itemId;

    private long columnId;

    private int revision;

    @Enumerated(EnumType.STRING)
    private InformationCategory category;

    private Integer windowHours;

    @Enumerated(EnumType.STRING)
    private ClockStart clockStart;

    private Instant receivedAt;

    private Instant submittedAt;

    private Instant approvedAt;

    private Instant dueAt;

    private Instant publishedAt;

    /** Empty when the publication was not measured (a re-publication, or no fixed window). */
    private Boolean onTime;

    private boolean scheduled;

    protected PublicationRecord() {
    }

    static PublicationRecord of(Item item, ItemPublished published) {
        PublicationRecord record = new PublicationRecord();
        PublicationCycle cycle = item.getCycle();
        record.itemId = item.getId();
        record.columnId = item.getColumnId();
        record.revision = published.revision();
        record.category = item.getCategory();
        record.windowHours = cycle.getDeadline().getWindowHours();
        record.clockStart = cycle.getDeadline().getClockStart();
        record.receivedAt = cycle.getReceivedAt();
        record.submittedAt = cycle.getSubmittedAt();
        record.approvedAt = cycle.getApprovedAt();
        record.dueAt = published.dueAt();
        record.publishedAt = published.occurredAt();
        record.onTime = published.onTime();
        record.scheduled = published.scheduled();
        return record;
    }

    public long getItemId() {
        return itemId;
    }

    public long getColumnId() {
        return columnId;
    }

    public int getRevision() {
        return revision;
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

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public boolean isScheduled() {
        return scheduled;
    }
}
