package io.lanmu.column;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Conflict;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Moments;
import io.lanmu.shared.Role;
import io.lanmu.shared.StaleVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shaping the site tree: create, change (rename, re-slug, hide, show), move, reorder and delete
 * columns. Only admins do this.
 */
@Service
@Transactional
public class ColumnTree {

    private final Columns columns;
    private final ColumnRules rules;
    private final ObjectProvider<ColumnContents> contents;
    private final Clock clock;

    public ColumnTree(Columns columns, ObjectProvider<ColumnContents> contents, Clock clock) {
        this.columns = columns;
        this.rules = new ColumnRules();
        this.contents = contents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SiteTree snapshot() {
        return new SiteTree(columns.findAllByOrderByPathAsc().stream().map(ColumnNode::of).toList());
    }

    @Transactional(readOnly = true)
    public Column find(long id) {
        return columns.findById(id).orElseThrow(() -> new ColumnNotFound(id));
    }

    public Column create(ColumnDraft draft, Actor by) {
        by.require(Role.ADMIN);
        rules.checkName(draft.name());
        rules.checkSlug(draft.slug());
        if (draft.kind() == null) {
            throw new InvalidInput("kind", "column-kind-required", "Choose a kind: LIST, PAGE or LINK");
        }
        rules.checkLink(draft.kind(), draft.linkUrl());
        Column parent = draft.parentId() == null ? null : parentFor(draft.parentId());
        rules.checkPathFree(columns, Column.pathUnder(parent, draft.slug()), null);
        List<Column> siblings = siblingsOf(draft.parentId());
        Instant now = Moments.now(clock);
        Column column = columns.save(new Column(parent, draft, siblings.size(), now));
        place(column, siblings, draft.position());
        return columns.save(column.registerCreated(by, now));
    }

    public Column change(long id, ColumnSettings settings, Actor by) {
        by.require(Role.ADMIN);
        Column column = find(id);
        StaleVersion.check("Column", id, settings.version(), column.getVersion());
        rules.checkName(settings.name());
        rules.checkSlug(settings.slug());
        rules.checkLink(column.getKind(), settings.linkUrl());
        Column parent = column.getParentId() == null ? null : find(column.getParentId());
        rules.checkPathFree(columns, Column.pathUnder(parent, settings.slug()), column.getId());
        String oldPath = column.change(parent, settings, by, Moments.now(clock));
        return saveFollowingPath(column, oldPath);
    }

    /** Moves a column under a new parent (or to the top) at a position among its new siblings. */
    public Column move(long id, Long newParentId, Integer position, Long version, Actor by) {
        by.require(Role.ADMIN);
        Column column = find(id);
        StaleVersion.check("Column", id, version, column.getVersion());
        Column parent = newParentId == null ? null : parentFor(newParentId);
        if (parent != null && column.contains(parent)) {
            throw new Conflict("column-move-into-own-subtree",
                    "A column cannot move under itself or under one of its own descendants", id, newParentId);
        }
        boolean sameParent = java.util.Objects.equals(column.getParentId(), newParentId);
        if (!sameParent) {
            rules.checkPathFree(columns, Column.pathUnder(parent, column.getSlug()), column.getId());
            List<Column> oldSiblings = siblingsOf(column.getParentId());
            oldSiblings.removeIf(sibling -> sibling.getId().equals(column.getId()));
            renumber(oldSiblings);
            String oldPath = column.moveUnder(parent, by, Moments.now(clock));
            column.placeAt(Integer.MAX_VALUE);
            columns.save(column);
            columns.rewriteDescendantPaths(column.getPath(), oldPath.length(), oldPath + "/%");
        }
        Column current = find(id);
        place(current, siblingsOf(newParentId), position);
        return columns.save(current);
    }

    public void delete(long id, Actor by) {
        by.require(Role.ADMIN);
        Column column = find(id);
        if (columns.existsByParentId(id)) {
            throw new Conflict("column-has-children", "Column " + id + " still has child columns", id);
        }
        long held = contents.orderedStream().mapToLong(source -> source.countIn(id)).sum();
        if (held > 0) {
            throw new Conflict("column-holds-items", "Column %d still holds %d items".formatted(id, held), id, held);
        }
        List<Column> siblings = siblingsOf(column.getParentId());
        siblings.removeIf(sibling -> sibling.getId().equals(id));
        column.registerDeleted(by, Moments.now(clock));
        columns.delete(column);
        renumber(siblings);
    }

    private Column saveFollowingPath(Column column, String oldPath) {
        Column saved = columns.save(column);
        if (!oldPath.equals(saved.getPath())) {
            columns.rewriteDescendantPaths(saved.getPath(), oldPath.length(), oldPath + "/%");
            return find(saved.getId());
        }
        return saved;
    }

    private Column parentFor(long parentId) {
        Column parent = columns.findById(parentId)
                .orElseThrow(() -> new InvalidInput("parentId", "column-parent-unknown",
                        "There is no column " + parentId + " to be the parent", parentId));
        if (parent.getKind() == ColumnKind.LINK) {
            throw new InvalidInput("parentId", "column-parent-is-link", "A link column cannot have child columns");
        }
        return parent;
    }

    private List<Column> siblingsOf(Long parentId) {
        return new ArrayList<>(parentId == null ? columns.findByParentIdIsNullOrderByPositionAsc()
                : columns.findByParentIdOrderByPositionAsc(parentId));
    }

    /** Puts the column at {@code position} among its siblings (appending when null) and renumbers them. */
    private void place(Column column, List<Column> siblings, Integer position) {
        siblings.removeIf(sibling -> sibling.getId().equals(column.getId()));
        int index = position == null ? siblings.size() : Math.max(0, Math.min(position, siblings.size()));
        siblings.add(index, column);
        renumber(siblings);
    }

    private void renumber(List<Column> siblings) {
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).getPosition() != i) {
                siblings.get(i).placeAt(i);
            }
        }
    }
}
