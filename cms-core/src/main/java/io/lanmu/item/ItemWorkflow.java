package io.lanmu.item;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.Moments;
import io.lanmu.shared.Role;
import io.lanmu.shared.StaleVersion;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial steps: submit, withdraw, approve (now or scheduled), reject, unpublish and set an
 * expiry. Each step loads the item, checks who may take it, lets the item apply it, and saves.
 */
@Service
@Transactional
public class ItemWorkflow {

    private final Items items;
    private final EditorialPermissions permissions;
    private final Clock clock;

    ItemWorkflow(Items items, EditorialPermissions permissions, Clock clock) {
        this.items = items;
        this.permissions = permissions;
        this.clock = clock;
    }

    public Item submit(long id, Long version, Actor by) {
        Item item = load(id, version);
        permissions.requireEditorOf(by, item.getColumnId());
        item.submit(by, Moments.now(clock));
        return items.save(item);
    }

    /** Takes an item back from review; its editors or its submitter may do this. */
    public Item withdraw(long id, Long version, Actor by) {
        Item item = load(id, version);
        boolean submitter = Long.valueOf(by.userId()).equals(item.getSubmittedBy());
        if (!submitter) {
            permissions.requireEditorOf(by, item.getColumnId());
        }
        item.withdraw(by, Moments.now(clock));
        return items.save(item);
    }

    public Item approve(long id, Approval approval, Actor by) {
        Item item = load(id, approval.version());
        permissions.requireIndependentApprover(by, item);
        item.approve(approval.publishAt(), approval.expireAt(), approval.reason(), by, Moments.now(clock));
        return items.save(item);
    }

    public Item reject(long id, String comment, Long version, Actor by) {
        Item item = load(id, version);
        permissions.requireApprover(by);
        item.reject(comment, by, Moments.now(clock));
        return items.save(item);
    }

    public Item unpublish(long id, Long version, Actor by) {
        Item item = load(id, version);
        permissions.requireApprover(by);
        item.unpublish(by, Moments.now(clock));
        return items.save(item);
    }

    public Item scheduleExpiry(long id, Instant expireAt, Long version, Actor by) {
        Item item = load(id, version);
        if (!by.has(Role.APPROVER)) {
            throw new Forbidden("role-required", "Only an approver sets when an item goes offline",
                    Role.APPROVER.name());
        }
        item.scheduleExpiry(expireAt, by, Moments.now(clock));
        return items.save(item);
    }

    private Item load(long id, Long version) {
        Item item = items.findById(id).orElseThrow(() -> new ItemNotFound(id));
        StaleVersion.check("Item", id, version, item.getVersion());
        return item;
    }
}
