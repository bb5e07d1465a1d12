package io.lanmu.item;

import io.lanmu.deadline.ClockStart;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.deadline.PolicySnapshot;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import java.time.Instant;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Items for unit tests, never saved: a draft in column 7 under the general category's 24-hour window, and the
 * people who work on it.
 */
final class UnsavedItems {

    static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");
    static final Actor EDITOR = Actor.of(2, "editor", Role.EDITOR);
    static final Actor APPROVER = Actor.of(3, "approver", Role.APPROVER);
    static final PolicySnapshot GENERAL = new PolicySnapshot(InformationCategory.GENERAL, 24, ClockStart.RECEIVED);

    private UnsavedItems() {
    }

    static Item draft() {
        Item item = Item.draft(7, GENERAL, T0, "标题", EDITOR, T0);
        // The database assigns ids; events name the item by it.
        ReflectionTestUtils.setField(item, "id", 42L);
        return item;
    }

    static Revision.Change change() {
        return new Revision.Change(7, InformationCategory.GENERAL, null, "新标题", null);
    }
}
