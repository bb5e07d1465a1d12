package io.lanmu.samples;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnDraft;
import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.EditorAssignments;
import io.lanmu.deadline.CategoryPolicies;
import io.lanmu.deadline.DeadlineWatch;
import io.lanmu.inbox.Contribution;
import io.lanmu.inbox.ContributorInbox;
import io.lanmu.inbox.NewContribution;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.ItemWorkflow;
import io.lanmu.item.ScheduledPublishing;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Moments;
import io.lanmu.shared.ReplayableClock;
import io.lanmu.user.UserAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the sample site: staff, the column tree, and about three months of items played through the
 * workflow up to today. It runs in one transaction: a failure leaves the database as empty as before.
 */
@Component
public class SampleSite {

    private static final Duration HISTORY = Duration.ofDays(88);
    private static final Set<String> EDITOR2_COLUMNS = Set.of("xwdt", "gzdt", "tzgg", "mtjj", "cjwt");

    private final UserAccounts accounts;
    private final ColumnTree columns;
    private final EditorAssignments assignments;
    private final ItemStories stories;
    private final ContributorInbox inbox;
    private final DeadlineWatch deadlines;
    private final ReplayableClock clock;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final EntityManager entities;

    SampleSite(UserAccounts accounts, ColumnTree columns, EditorAssignments assignments, ItemEditing editing,
            ItemCatalog catalog, ItemWorkflow workflow, ScheduledPublishing scheduler, CategoryPolicies policies,
            ContributorInbox inbox, DeadlineWatch deadlines, ReplayableClock clock,
            PlatformTransactionManager transactions, JsonMapper json, EntityManager entities) {
        this.accounts = accounts;
        this.columns = columns;
        this.assignments = assignments;
        this.stories = new ItemStories(editing, catalog, workflow, scheduler, policies, clock);
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.entities = entities;
    }

    /** The usernames of the sample staff, which outside scripts rely on. */
    public static List<String> usernames() {
        return SampleStaff.PEOPLE.stream().map(SampleStaff.Person::username).toList();
    }

    /**
     * Builds the whole site.
     *
     * @param passwordFor the password to give each sample user
     * @return how many items were created (including those made from contributions)
     */
    public int build(Function<String, String> passwordFor) {
        SiteData site = SiteData.read(json);
        Instant now = Moments.now(clock);
        Instant start = now.minus(HISTORY);
        Integer items = transaction.execute(status -> clock.replayAt(start, () -> {
            SampleStaff staff = createStaff(passwordFor);
            Map<String, Column> byKey = createColumns(site);
            assignEditors(site, byKey, staff);
            return playItems(site, byKey, staff, start, now) + sendContributions(site, byKey, staff, now);
        }));
        deadlines.check();
        return items;
    }

    private SampleStaff createStaff(Function<String, String> passwordFor) {
        Map<String, Actor> created = new HashMap<>();
        for (SampleStaff.Person person : SampleStaff.PEOPLE) {
            created.put(person.username(), accounts.create(new UserAccounts.NewUser(person.username(),
                    person.displayName(), passwordFor.apply(person.username()), person.roles()), Actor.SYSTEM_ADMIN)
                    .toActor());
        }
        return new SampleStaff(created.get("admin"), created.get("editor"), created.get("editor2"),
                created.get("approver"), created.get("approver2"), created.get("contributor"));
    }

    private Map<String, Column> createColumns(SiteData site) {
        Map<String, Column> byKey = new HashMap<>();
        for (SiteData.ColumnData column : site.columns()) {
            Long parentId = column.parent() == null ? null : byKey.get(column.parent()).getId();
            byKey.put(column.key(), columns.create(new ColumnDraft(parentId, column.name(), column.slug(),
                    column.kind(), column.linkUrl(), column.description(), column.visible(), null), Actor.SYSTEM_ADMIN));
        }
        return byKey;
    }

    private void assignEditors(SiteData site, Map<String, Column> byKey, SampleStaff staff) {
        Set<Long> itemColumns = site.columns().stream().filter(column -> column.kind() != ColumnKind.LINK)
                .map(column -> byKey.get(column.key()).getId()).collect(Collectors.toSet());
        assignments.assign(staff.editor().userId(), itemColumns, Actor.SYSTEM_ADMIN);
        assignments.assign(staff.editor2().userId(), EDITOR2_COLUMNS.stream().filter(byKey::containsKey)
                .map(key -> byKey.get(key).getId()).collect(Collectors.toSet()), Actor.SYSTEM_ADMIN);
    }

    private int playItems(SiteData site, Map<String, Column> byKey, SampleStaff staff, Instant start, Instant now) {
        Random random = new Random(2026);
        Map<String, SiteData.ColumnData> columnData = site.columns().stream()
                .collect(Collectors.toMap(SiteData.ColumnData::key, Function.identity()));
        List<SiteData.ItemData> items = site.items();
        Duration spacing = HISTORY.minus(Duration.ofDays(4)).dividedBy(Math.max(1, items.size()));
        for (int i = 0; i < items.size(); i++) {
            SiteData.ItemData item = items.get(i);
            SiteData.ColumnData column = columnData.get(item.column());
            boolean plainPage = column.kind() == ColumnKind.PAGE || !column.visible();
            Fate fate = plainPage ? Fate.PUBLISHED_ON_TIME : Fate.forItem(i);
            Instant receivedAt = fate.endsOpen() ? recentlyReceived(fate, now, random)
                    : start.plus(spacing.multipliedBy(i)).plus(Duration.ofMinutes(random.nextInt(8 * 60)));
            stories.tell(byKey.get(item.column()).getId(), item, fate, receivedAt,
                    staff.editorFor(i, EDITOR2_COLUMNS.contains(item.column())), staff.approverFor(i), now, random);
            forgetWritten();
        }
        return items.size();
    }

    /**
     * Items still on their way arrived in the last day or so, so the deadline board shows some due soon
     * and some late. Each story takes at most about four hours, so it ends before now.
     */
    private static Instant recentlyReceived(Fate fate, Instant now, Random random) {
        boolean scheduled = fate == Fate.SCHEDULED || fate == Fate.SCHEDULED_LATE_WITH_REASON;
        int extraMinutes = scheduled ? random.nextInt(60) : random.nextInt(28 * 60);
        return now.minus(Duration.ofHours(5)).minus(Duration.ofMinutes(extraMinutes));
    }

    /** Sends the contributions and handles some of them; returns how many became items. */
    private int sendContributions(SiteData site, Map<String, Column> byKey, SampleStaff staff, Instant now) {
        int accepted = 0;
        Instant sentAt = now.minus(Duration.ofHours(30));
        for (SiteData.ContributionData data : site.contributions()) {
            sentAt = sentAt.plus(Duration.ofHours(4));
            Long columnId = data.column() == null ? null : byKey.get(data.column()).getId();
            Contribution sent = clock.replayAt(sentAt, () -> inbox.send(new NewContribution(data.kind(), data.title(),
                    data.body(), columnId, data.category()), staff.contributor()));
            Instant handledAt = sentAt.plus(Duration.ofHours(2));
            if ("ACCEPTED".equals(data.outcome())) {
                clock.replayAt(handledAt, () -> inbox.accept(sent.getId(), columnId, data.category(), null,
                        staff.editor()));
                accepted++;
            }
            else if ("DECLINED".equals(data.outcome())) {
                clock.replayAt(handledAt, () -> inbox.decline(sent.getId(), data.response(), null, staff.editor()));
            }
        }
        return accepted;
    }

    /**
     * Writes out what the last story changed and lets go of it. The whole site is one transaction, and before each
     * query Hibernate checks every entity it holds for changes: holding all of them made the site quadratic, half of
     * its writing time spent on those checks. A story uses ids only, so nothing it left behind is needed again.
     */
    private void forgetWritten() {
        entities.flush();
        entities.clear();
    }
}
