package io.lanmu.samples;

import io.lanmu.deadline.CategoryPolicies;
import io.lanmu.item.Approval;
import io.lanmu.item.Item;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemChanges;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemDetails;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.ItemWorkflow;
import io.lanmu.item.NewItem;
import io.lanmu.item.ScheduledPublishing;
import io.lanmu.shared.Actor;
import io.lanmu.shared.ReplayableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Plays one sample item's history through the ordinary services, each step at the moment it
 * happened. The rules (assignments, separation of duties, deadlines) apply as they would for people.
 */
class ItemStories {

    private final ItemEditing editing;
    private final ItemCatalog catalog;
    private final ItemWorkflow workflow;
    private final ScheduledPublishing scheduler;
    private final CategoryPolicies policies;
    private final ReplayableClock clock;

    ItemStories(ItemEditing editing, ItemCatalog catalog, ItemWorkflow workflow, ScheduledPublishing scheduler,
            CategoryPolicies policies, ReplayableClock clock) {
        this.editing = editing;
        this.catalog = catalog;
        this.workflow = workflow;
        this.scheduler = scheduler;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Tells the story of one item.
     *
     * @param receivedAt when the information reached the team
     * @param now the present: nothing is replayed after it
     */
    void tell(long columnId, SiteData.ItemData data, Fate fate, Instant receivedAt, Actor editor, Actor approver,
            Instant now, Random random) {
        Integer window = policies.policyFor(data.category()).windowHours();
        Duration allowed = Duration.ofHours(window == null ? 72 : window);
        Instant created = receivedAt.plus(minutes(random, 5, 40));
        Item item = at(created, () -> editing.create(new NewItem(columnId, data.category(), receivedAt,
                content(data)), editor));
        Instant submitted = created.plus(minutes(random, 10, 90));
        at(submitted, () -> workflow.submit(item.getId(), null, editor));
        if (fate == Fate.IN_REVIEW) {
            return;
        }
        if (fate == Fate.DRAFT) {
            at(submitted.plus(minutes(random, 5, 20)), () -> workflow.withdraw(item.getId(), null, editor));
            return;
        }
        Instant decided = submitted.plus(minutes(random, 20, 120));
        if (fate == Fate.CHANGES_REQUESTED || fate == Fate.PUBLISHED_AFTER_REJECTION) {
            at(decided, () -> workflow.reject(item.getId(), "请核对文中日期和联系电话，并补充办理地点。", null, approver));
            if (fate == Fate.CHANGES_REQUESTED) {
                return;
            }
            Instant corrected = decided.plus(minutes(random, 30, 120));
            at(corrected, () -> revise(item, "<p>（已根据审核意见补充办理地点和联系电话。）</p>", editor));
            at(corrected.plus(minutes(random, 5, 30)), () -> workflow.submit(item.getId(), null, editor));
            decided = corrected.plus(minutes(random, 40, 120));
        }
        if (fate == Fate.SCHEDULED || fate == Fate.SCHEDULED_LATE_WITH_REASON) {
            schedule(item, fate, receivedAt.plus(allowed), now, approver, decided, random);
            return;
        }
        Instant publishAt = fate == Fate.PUBLISHED_LATE
                ? receivedAt.plus(allowed).plus(minutes(random, 60, 20 * 60))
                : later(decided, receivedAt.plus(allowed.multipliedBy(30 + random.nextInt(60)).dividedBy(100)));
        Instant expireAt = fate == Fate.EXPIRED ? publishAt.plus(Duration.ofDays(3 + random.nextInt(10))) : null;
        at(publishAt, () -> workflow.approve(item.getId(), new Approval(null, expireAt, null, null), approver));
        afterPublication(item, fate, publishAt, expireAt, editor, approver, now, random);
    }

    private void afterPublication(Item item, Fate fate, Instant publishedAt, Instant expireAt, Actor editor,
            Actor approver, Instant now, Random random) {
        Instant later = publishedAt.plus(Duration.ofDays(2 + random.nextInt(12)));
        if (later.isAfter(now)) {
            later = publishedAt.plus(Duration.between(publishedAt, now).dividedBy(2));
        }
        Instant moment = later;
        switch (fate) {
            case LIVE_WITH_DRAFT -> at(moment, () -> revise(item, "<p>（本文内容正在更新，新版本待审核。）</p>", editor));
            case UNPUBLISHED -> at(moment, () -> workflow.unpublish(item.getId(), null, approver));
            case EXPIRED -> at(expireAt.plus(Duration.ofMinutes(1)), scheduler::expireDue);
            default -> {
            }
        }
    }

    private void schedule(Item item, Fate fate, Instant dueAt, Instant now, Actor approver, Instant decided,
            Random random) {
        Instant approvedAt = later(decided, now.minus(Duration.ofHours(1)));
        boolean late = fate == Fate.SCHEDULED_LATE_WITH_REASON;
        Instant publishAt = late ? now.plus(Duration.ofDays(2 + random.nextInt(4)))
                : later(now.plus(Duration.ofMinutes(30)), dueAt.minus(Duration.ofHours(1)));
        String reason = late ? "配合全市新闻发布会统一对外发布。" : null;
        at(approvedAt, () -> workflow.approve(item.getId(), new Approval(publishAt, null, reason, null), approver));
    }

    private Item revise(Item item, String addition, Actor editor) {
        ItemDetails current = catalog.find(item.getId(), editor);
        return editing.revise(item.getId(), new ItemChanges(current.item().getVersion(), null, null, null, null, null,
                current.content().body() + addition, null, null, null, null, null, null, null, null), editor);
    }

    private <T> T at(Instant moment, Supplier<T> step) {
        return clock.replayAt(moment, step);
    }

    private static ItemContent content(SiteData.ItemData data) {
        return new ItemContent(data.title(), data.summary(), data.body(), data.author(), data.source(), data.tags(),
                data.documentNumber(), data.issuingBody(), data.issuedOn(), data.indexNumber(), List.of());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration minutes(Random random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from));
    }
}
