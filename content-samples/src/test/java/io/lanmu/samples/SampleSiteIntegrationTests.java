package io.lanmu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.EditorAssignments;
import io.lanmu.column.SiteTree;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.Item;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemFilter;
import io.lanmu.item.ItemStatus;
import io.lanmu.item.PublicationRecord;
import io.lanmu.item.PublicationRecords;
import io.lanmu.item.PublishedItems;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import io.lanmu.user.User;
import io.lanmu.user.UserAccounts;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;

/**
 * The sample site a new installation starts with, built into a real database (H2 and PostgreSQL).
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleSiteIntegrationTests {

    @Autowired
    SampleSite sampleSite;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ColumnTree columns;

    @Autowired
    EditorAssignments assignments;

    @Autowired
    ItemCatalog items;

    @Autowired
    PublicationRecords publications;

    @Autowired
    PublishedItems published;

    List<Item> all;

    @BeforeAll
    void buildTheSite() {
        int built = sampleSite.build(username -> "sample-password-" + username);
        all = items.list(new ItemFilter(Set.of(), null, null, null, null, null), Pageable.unpaged(),
                Actor.SYSTEM_ADMIN).getContent();
        assertThat(all).hasSize(built);
    }

    @Test
    void hasStaffInEveryRoleWithTheUsernamesScriptsRelyOn() {
        assertThat(accounts.all()).extracting(User::getUsername)
                .contains("admin", "editor", "editor2", "approver", "approver2", "contributor");
        Set<Role> roles = accounts.all().stream().flatMap(user -> user.getRoles().stream()).collect(Collectors.toSet());
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(accounts.authenticate("approver", "sample-password-approver").has(Role.APPROVER)).isTrue();
    }

    @Test
    void hasAtLeastEightColumnsOfEveryKindWithOneHidden() {
        SiteTree site = columns.snapshot();

        assertThat(site.all()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(site.all()).extracting(ColumnNode::kind).contains(ColumnKind.values());
        assertThat(site.all()).anyMatch(column -> !column.visible());
        assertThat(site.all()).anyMatch(column -> column.parentId() != null);
    }

    @Test
    void editorWorksInEveryListColumnAndEditor2InSome() {
        SiteTree site = columns.snapshot();
        Set<Long> listColumns = site.all().stream().filter(column -> column.kind() == ColumnKind.LIST)
                .map(ColumnNode::id).collect(Collectors.toSet());

        assertThat(assignments.columnsOf(accounts.findByUsername("editor").getId())).containsAll(listColumns);
        Set<Long> editor2 = assignments.columnsOf(accounts.findByUsername("editor2").getId());
        assertThat(editor2).isNotEmpty();
        assertThat(listColumns).containsAll(editor2).hasSizeGreaterThan(editor2.size());
    }

    @Test
    void hasAtLeast150ItemsOverAllCategoriesAndAllWorkflowStates() {
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all).extracting(Item::getCategory).contains(InformationCategory.values());
        assertThat(all.stream().map(Item::getStatus).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(ItemStatus.class));
    }

    @Test
    void somePublicationsWereLateAndSomeItemsAreScheduled() {
        List<PublicationRecord> records = publications.findAll();

        assertThat(records).filteredOn(record -> Boolean.FALSE.equals(record.getOnTime())).isNotEmpty();
        assertThat(records).filteredOn(record -> Boolean.TRUE.equals(record.getOnTime())).hasSizeGreaterThan(50);
        assertThat(all).filteredOn(item -> item.getStatus() == ItemStatus.SCHEDULED).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void someLiveItemsHaveANewDraftWaiting() {
        assertThat(all).anyMatch(item -> item.isLive() && item.getStatus() == ItemStatus.DRAFT);
    }

    @Test
    void publishedItemsAreReadableByVisitors() {
        long readable = all.stream().filter(Item::isLive)
                .filter(item -> published.find(item.getId()).isPresent()).count();

        assertThat(readable).isGreaterThan(100);
    }
}
