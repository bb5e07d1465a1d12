package io.lanmu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnSettings;
import io.lanmu.column.ColumnTree;
import io.lanmu.deadline.CategoryPolicies;
import io.lanmu.deadline.ClockStart;
import io.lanmu.deadline.DeadlineBoard;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.Approval;
import io.lanmu.item.Item;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.ItemFilter;
import io.lanmu.item.ItemWorkflow;
import io.lanmu.item.NewItem;
import io.lanmu.item.PublicationRecords;
import io.lanmu.item.PublishedItems;
import io.lanmu.shared.Actor;
import io.lanmu.testsupport.ItemMother;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestClockConfiguration;
import io.lanmu.testsupport.TestSite;
import io.lanmu.user.ApiTokens;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations and the repositories' own queries (bulk path rewrites, joins with revisions,
 * aggregates, large Chinese text) on a real database: once on H2, once on PostgreSQL.
 */
@SpringBootTest
@Import({TestClockConfiguration.class, TestSite.class})
abstract class PersistenceIntegrationTests {

    @Autowired
    TestSite site;

    @Autowired
    TestClock clock;

    @Autowired
    ColumnTree columns;

    @Autowired
    ItemEditing editing;

    @Autowired
    ItemWorkflow workflow;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    PublishedItems published;

    @Autowired
    PublicationRecords publications;

    @Autowired
    DeadlineBoard board;

    @Autowired
    CategoryPolicies policies;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        clock.reset();
    }

    @Test
    void migrationsCreateEveryTableAndSeedTheCategoryPolicies() {
        assertThat(jdbc.queryForObject("select count(*) from category_policy", Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select window_hours from category_policy where category = 'IMPORTANT'",
                Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from shedlock", Integer.class)).isNotNull();
    }

    @Test
    void renamingAColumnSlugRewritesThePathsOfItsWholeSubtree() {
        Column top = site.listColumn("纳税服务");
        Column middle = site.column(top, "办税指南", ColumnKind.LIST);
        Column bottom = site.column(middle, "常见问题", ColumnKind.LIST);

        columns.change(top.getId(), new ColumnSettings("纳税服务", "nsfw-renamed", null, null, true, top.getVersion()),
                Actor.SYSTEM_ADMIN);

        assertThat(columns.find(bottom.getId()).getPath())
                .isEqualTo("/nsfw-renamed/" + middle.getSlug() + "/" + bottom.getSlug());
    }

    @Test
    void theDatabaseRefusesTwoColumnsWithOnePath() {
        Column existing = site.listColumn("重复");

        assertThatThrownBy(() -> jdbc.update("""
                insert into site_column (id, name, slug, path, position, kind, visible, created_at, updated_at, version)
                values (999999, 'x', ?, ?, 9, 'LIST', true, current_timestamp, current_timestamp, 0)""",
                existing.getSlug(), existing.getPath())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void largeChineseBodiesAreStoredAndReadBackWhole() {
        Column column = site.listColumn("政策法规");
        Actor editor = site.editorOf(column);
        String body = "<p>" + "依法纳税是每个公民的义务。".repeat(50_000) + "</p>";

        Item item = editing.create(new NewItem(column.getId(), InformationCategory.GENERAL, null,
                ItemContent.of("长篇政策全文", body)), editor);

        assertThat(catalog.find(item.getId(), editor).content().body()).isEqualTo(body);
    }

    @Test
    void publishedListsJoinTheLiveRevisionAndPageNewestFirst() {
        Column column = site.listColumn("工作动态");
        Actor editor = site.editorOf(column);
        Actor approver = site.approver();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(10));
            Item item = editing.create(ItemMother.notice(column.getId()), editor);
            workflow.submit(item.getId(), null, editor);
            workflow.approve(item.getId(), Approval.now(), approver);
        }
        editing.create(ItemMother.notice(column.getId()), editor);

        var page = published.inColumn(column.getId(), false, PageRequest.of(0, 2));

        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(page.getContent()).hasSize(2);
        assertThat(page.getContent().get(0).publishedAt()).isAfter(page.getContent().get(1).publishedAt());
        assertThat(catalog.list(new ItemFilter(Set.of(column.getId()), null, null, false, null, null),
                PageRequest.of(0, 10), approver).getTotalElements()).isEqualTo(1);
    }

    @Test
    void onTimeFiguresCountEachCategoryFromThePublicationRecords() {
        Column column = site.listColumn("通知公告");
        Actor editor = site.editorOf(column);
        Actor approver = site.approver();
        publish(column, editor, approver, InformationCategory.IMPORTANT, Duration.ofHours(2));
        publish(column, editor, approver, InformationCategory.IMPORTANT, Duration.ofHours(13));
        publish(column, editor, approver, InformationCategory.STATIC_COLUMN_UPDATE, Duration.ofDays(9));

        List<DeadlineBoard.OnTimeFigures> figures = board.performance(TestClock.START,
                TestClock.START.plus(Duration.ofDays(30)));

        DeadlineBoard.OnTimeFigures important = figures.stream()
                .filter(f -> f.category() == InformationCategory.IMPORTANT).findFirst().orElseThrow();
        assertThat(important.measured()).isEqualTo(2);
        assertThat(important.onTime()).isEqualTo(1);
        assertThat(important.onTimeRate()).isEqualTo(0.5);
        assertThat(figures).filteredOn(f -> f.category() == InformationCategory.STATIC_COLUMN_UPDATE)
                .singleElement().extracting(DeadlineBoard.OnTimeFigures::measured).isEqualTo(0L);
    }

    @Test
    void publicationRecordsKeepThePolicyThatApplied() {
        Column column = site.listColumn("人事信息");
        Actor editor = site.editorOf(column);
        Item item = editing.create(ItemMother.notice(column.getId()), editor);
        var policy = policies.all().stream().filter(p -> p.getCategory() == InformationCategory.GENERAL)
                .findFirst().orElseThrow();
        policies.change(InformationCategory.GENERAL, 48, ClockStart.RECEIVED, policy.getVersion(), Actor.SYSTEM_ADMIN);
        try {
            workflow.submit(item.getId(), null, editor);
            clock.advance(Duration.ofHours(30));
            workflow.approve(item.getId(), Approval.now(), site.approver());

            var record = publications.findByItemIdOrderByPublishedAt(item.getId()).getFirst();
            assertThat(record.getWindowHours()).isEqualTo(24);
            assertThat(record.getOnTime()).isFalse();
        }
        finally {
            var changed = policies.all().stream().filter(p -> p.getCategory() == InformationCategory.GENERAL)
                    .findFirst().orElseThrow();
            policies.change(InformationCategory.GENERAL, 24, ClockStart.RECEIVED, changed.getVersion(),
                    Actor.SYSTEM_ADMIN);
        }
    }

    @Test
    void tokensAreStoredHashedAndFindTheirOwner() {
        Actor editor = site.person("token-owner", io.lanmu.shared.Role.EDITOR);

        var issued = tokens.issue(editor.username(), TestSite.PASSWORD, "脚本");

        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
                issued.token())).isZero();
        assertThat(tokens.authenticate(issued.token())).get().extracting(Actor::username).isEqualTo(editor.username());
    }

    private void publish(Column column, Actor editor, Actor approver, InformationCategory category, Duration after) {
        clock.reset();
        Item item = editing.create(ItemMother.notice(column.getId(), category, null), editor);
        workflow.submit(item.getId(), null, editor);
        clock.advance(after);
        workflow.approve(item.getId(), Approval.now(), approver);
    }
}
