package io.lanmu.column;

import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Moments;
import io.lanmu.shared.Role;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which columns each editor works in. An assignment covers the column and everything beneath it.
 */
@Service
@Transactional
public class EditorAssignments {

    private final ColumnAssignments assignments;
    private final ColumnTree tree;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EditorAssignments(ColumnAssignments assignments, ColumnTree tree, ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.tree = tree;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Set<Long> columnsOf(long userId) {
        return assignments.findByUserId(userId).stream().map(ColumnAssignment::getColumnId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Replaces the columns an editor works in. */
    public Set<Long> assign(long userId, Set<Long> columnIds, Actor by) {
        by.require(Role.ADMIN);
        SiteTree site = tree.snapshot();
        for (Long columnId : columnIds) {
            ColumnNode column = site.find(columnId).orElseThrow(() -> new InvalidInput("columnIds",
                    "assignment-column-unknown", "There is no column " + columnId, columnId));
            if (!column.kind().holdsItems()) {
                throw new InvalidInput("columnIds", "assignment-column-is-link",
                        "Column " + columnId + " is a link and holds no items", columnId);
            }
        }
        assignments.deleteByUserId(userId);
        columnIds.forEach(columnId -> assignments.save(new ColumnAssignment(userId, columnId)));
        Set<Long> assigned = new TreeSet<>(columnIds);
        events.publishEvent(new EditorAssignmentsChanged(userId, Set.copyOf(assigned), by.userId(), by.username(),
                Moments.now(clock)));
        return assigned;
    }

    /** True when the editor's assignments cover the column. */
    @Transactional(readOnly = true)
    public boolean covers(long userId, long columnId) {
        Set<Long> assigned = columnsOf(userId);
        return !assigned.isEmpty() && tree.snapshot().isWithinAny(columnId, assigned);
    }

    /** Every column the editor may work in: the assigned ones and all beneath them. */
    @Transactional(readOnly = true)
    public Set<Long> coveredColumns(long userId) {
        SiteTree site = tree.snapshot();
        return columnsOf(userId).stream().flatMap(id -> site.subtreeIds(id).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
