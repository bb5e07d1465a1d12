package io.lanmu.samples;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import java.util.List;
import java.util.Set;

/**
 * The sample site's people. Outside scripts rely on these usernames.
 */
record SampleStaff(Actor admin, Actor editor, Actor editor2, Actor approver, Actor approver2, Actor contributor) {

    record Person(String username, String displayName, Set<Role> roles) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("admin", "系统管理员", Set.of(Role.ADMIN)),
            new Person("editor", "网站编辑 张敏", Set.of(Role.EDITOR)),
            new Person("editor2", "网站编辑 李强", Set.of(Role.EDITOR)),
            new Person("approver", "网站运营中心主管 王磊", Set.of(Role.APPROVER)),
            new Person("approver2", "网站运营中心副主管 赵静", Set.of(Role.APPROVER)),
            new Person("contributor", "办公室主任 刘洋", Set.of(Role.CONTRIBUTOR)));

    /** The editor who writes the {@code index}th item of a column both editors work in. */
    Actor editorFor(int index, boolean editor2Assigned) {
        return editor2Assigned && index % 3 == 1 ? editor2 : editor;
    }

    Actor approverFor(int index) {
        return index % 4 == 3 ? approver2 : approver;
    }
}
