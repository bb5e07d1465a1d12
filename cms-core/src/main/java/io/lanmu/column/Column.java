package io.lanmu.column;

import io.lanmu.shared.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A column (栏目) of the site tree. Its {@code path} is the slugs from the root down, so a column's
 * subtree is every column whose path starts with its own.
 */
@Entity
@Table(name = "site_column")
public class Column extends AbstractAggregateRoot<Column> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_column_seq")
    @SequenceGenerator(name = "site_column_seq", sequenceName = "site_column_seq", allocationSize = 50)
    private Long id;

    private Long parentId;

    private String name;

    private String slug;

    private String path;

    private int position;

    @Enumerated(EnumType.STRING)
    private ColumnKind kind;

    private String linkUrl;

    private String description;

    private boolean visible;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Column() {
    }

    Column(Column parent, ColumnDraft draft, int position, Instant at) {
        this.parentId = parent == null ? null : parent.id;
        this.name = draft.name();
        this.slug = draft.slug();
        this.path = pathUnder(parent, draft.slug());
        this.position = position;
        this.kind = draft.kind();
        this.linkUrl = draft.linkUrl();
        this.description = draft.description();
        this.visible = draft.visible();
        this.createdAt = at;
        this.updatedAt = at;
    }

    static String pathUnder(Column parent, String slug) {
        return (parent == null ? "" : parent.path) + "/" + slug;
    }

    Column registerCreated(Actor by, Instant at) {
        registerEvent(new ColumnCreated(id, parentId, name, path, kind, visible, by.userId(), by.username(), at));
        return this;
    }

    /** Applies new settings; returns the old path when the slug changed, so the subtree can follow. */
    String change(Column parent, ColumnSettings settings, Actor by, Instant at) {
        String oldPath = path;
        boolean wasVisible = visible;
        this.name = settings.name();
        this.slug = settings.slug();
        this.path = pathUnder(parent, settings.slug());
        this.linkUrl = settings.linkUrl();
        this.description = settings.description();
        this.visible = settings.visible();
        this.updatedAt = at;
        registerEvent(new ColumnChanged(id, name, oldPath, path, wasVisible, visible, by.userId(), by.username(), at));
        return oldPath;
    }

    /** Moves under a new parent; returns the old path. */
    String moveUnder(Column parent, Actor by, Instant at) {
        String oldPath = path;
        Long oldParent = parentId;
        this.parentId = parent == null ? null : parent.id;
        this.path = pathUnder(parent, slug);
        this.updatedAt = at;
        registerEvent(new ColumnMoved(id, oldParent, parentId, oldPath, path, by.userId(), by.username(), at));
        return oldPath;
    }

    void placeAt(int position) {
        this.position = position;
    }

    void registerDeleted(Actor by, Instant at) {
        registerEvent(new ColumnDeleted(id, parentId, name, path, by.userId(), by.username(), at));
    }

    /** True when {@code other} is this column or lies beneath it. */
    boolean contains(Column other) {
        return other.path.equals(path) || other.path.startsWith(path + "/");
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getPath() {
        return path;
    }

    public int getPosition() {
        return position;
    }

    public ColumnKind getKind() {
        return kind;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public String getDescription() {
        return description;
    }

    public boolean isVisible() {
        return visible;
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
