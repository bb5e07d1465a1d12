package io.lanmu.testsupport;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnDraft;
import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.EditorAssignments;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import io.lanmu.user.UserAccounts;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An object mother for the people and columns a test needs. Every name is made unique, so tests
 * sharing one database never trip over each other.
 */
@Component
public class TestSite {

    public static final String PASSWORD = "correct horse battery";

    private final UserAccounts accounts;
    private final ColumnTree columns;
    private final EditorAssignments assignments;

    public TestSite(UserAccounts accounts, ColumnTree columns, EditorAssignments assignments) {
        this.accounts = accounts;
        this.columns = columns;
        this.assignments = assignments;
    }

    public Actor admin() {
        return person("admin", Role.ADMIN);
    }

    public Actor approver() {
        return person("approver", Role.APPROVER);
    }

    public Actor contributor() {
        return person("contributor", Role.CONTRIBUTOR);
    }

    /** An editor assigned to the given columns. */
    public Actor editorOf(Column... assigned) {
        Actor editor = person("editor", Role.EDITOR);
        assignments.assign(editor.userId(), Arrays.stream(assigned).map(Column::getId).collect(Collectors.toSet()),
                Actor.SYSTEM_ADMIN);
        return editor;
    }

    /** Adds columns to what a person is assigned to. */
    public void assign(Actor person, Column... more) {
        Set<Long> columnIds = new java.util.HashSet<>(assignments.columnsOf(person.userId()));
        Arrays.stream(more).map(Column::getId).forEach(columnIds::add);
        assignments.assign(person.userId(), columnIds, Actor.SYSTEM_ADMIN);
    }

    public Actor person(String prefix, Role... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new UserAccounts.NewUser(username, username, PASSWORD, Set.of(roles)), Actor.SYSTEM)
                .toActor();
    }

    public Column find(long columnId) {
        return columns.find(columnId);
    }

    /** A visible list column at the top level. */
    public Column listColumn(String name) {
        return column(null, name, ColumnKind.LIST);
    }

    public Column column(Column parent, String name, ColumnKind kind) {
        String slug = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String link = kind == ColumnKind.LINK ? "https://example.org/" + slug : null;
        return columns.create(new ColumnDraft(parent == null ? null : parent.getId(), name, slug, kind, link, null,
                true, null), Actor.SYSTEM_ADMIN);
    }
}
