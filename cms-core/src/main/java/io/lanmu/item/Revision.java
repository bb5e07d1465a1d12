package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One saved state of an item's content. Revisions are never changed: editing writes a new one, and
 * restoring an old one copies it into a new one.
 */
@Entity
@Immutable
@Table(name = "item_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_revision_seq")
    @SequenceGenerator(name = "item_revision_seq", sequenceName = "item_revision_seq", allocationSize = 50)
    private Long id;

    private long itemId;

    private int number;

    @Embedded
    private ItemContent content;

    private long createdBy;

    private String createdByName;

    private Instant createdAt;

    private Integer restoredFrom;

    protected Revision() {
    }

    Revision(long itemId, int number, ItemContent content, long createdBy, String createdByName, Instant createdAt,
            Integer restoredFrom) {
        this.itemId = itemId;
        this.number = number;
        this.content = content;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.restoredFrom = restoredFrom;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public ItemContent getContent() {
        return content;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    /** What a new revision changes besides the content: where the item lives and what it is. */
    record Change(long columnId, InformationCategory category, Instant receivedAt, String title,
            Integer restoredFrom) {
    }
}
