package io.lanmu.item;

import io.lanmu.column.EditorAssignments;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may do what to an item: editors work only in their assigned columns, approvers review, and
 * (unless switched off) nobody approves work they edited or submitted.
 */
@Component
class EditorialPermissions {

    private final EditorAssignments assignments;
    private final Revisions revisions;
    private final WorkflowProperties properties;

    EditorialPermissions(EditorAssignments assignments, Revisions revisions, WorkflowProperties properties) {
        this.assignments = assignments;
        this.revisions = revisions;
        this.properties = properties;
    }

    void requireEditorOf(Actor actor, long columnId) {
        actor.require(Role.EDITOR);
        if (!assignments.covers(actor.userId(), columnId)) {
            throw new Forbidden("not-assigned-to-column", "You are not assigned to column " + columnId, columnId);
        }
    }

    void requireApprover(Actor actor) {
        actor.require(Role.APPROVER);
    }

    /** Separation of duties: the approver must not be among those whose work is under review. */
    void requireIndependentApprover(Actor actor, Item item) {
        requireApprover(actor);
        if (!properties.separationOfDuties()) {
            return;
        }
        int liveBase = item.getLiveRevision() == null ? 0 : item.getLiveRevision();
        Set<Long> authors = revisions.authorsAfter(item.getId(), liveBase);
        boolean submittedIt = Long.valueOf(actor.userId()).equals(item.getSubmittedBy());
        if (submittedIt || authors.contains(actor.userId())) {
            throw new Forbidden("own-work-approval",
                    "You edited or submitted item " + item.getId() + ": another approver has to approve it",
                    item.getId());
        }
    }

    /** Staff read items: approvers and admins all of them, editors those in their columns. */
    boolean mayRead(Actor actor, Item item) {
        return actor.has(Role.APPROVER) || actor.has(Role.ADMIN)
                || actor.has(Role.EDITOR) && assignments.covers(actor.userId(), item.getColumnId());
    }

    /** The columns whose items the actor may list; empty means all of them. */
    Set<Long> readableColumns(Actor actor) {
        if (actor.has(Role.APPROVER) || actor.has(Role.ADMIN)) {
            return Set.of();
        }
        if (!actor.has(Role.EDITOR)) {
            throw new Forbidden("role-required", "Only staff read items that are not published", Role.EDITOR.name());
        }
        Set<Long> covered = assignments.coveredColumns(actor.userId());
        // An editor without columns may list nothing: an impossible id keeps the filter closed.
        return covered.isEmpty() ? Set.of(-1L) : covered;
    }
}
