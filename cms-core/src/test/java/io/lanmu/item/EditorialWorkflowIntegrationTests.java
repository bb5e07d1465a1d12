package io.lanmu.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lanmu.audit.AuditEntry;
import io.lanmu.audit.AuditQuery;
import io.lanmu.audit.AuditTrail;
import io.lanmu.column.Column;
import io.lanmu.deadline.DeadlineState;
import io.lanmu.deadline.DeadlineWatch;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.StaleVersion;
import io.lanmu.testsupport.ItemMother;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestClockConfiguration;
import io.lanmu.testsupport.TestSite;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * The editorial workflow against a real database, through the services the API uses. Runs once on
 * H2 and once on PostgreSQL (see the subclasses).
 */
@SpringBootTest
@Import({TestClockConfiguration.class, TestSite.class})
abstract class EditorialWorkflowIntegrationTests {

    @Autowired
    TestSite site;

    @Autowired
    TestClock clock;

    @Autowired
    ItemEditing editing;

    @Autowired
    ItemWorkflow workflow;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    PublishedItems published;

    @Autowired
    AuditTrail audit;

    @Autowired
    PublicationRecords publications;

    @Autowired
    DeadlineWatch watch;

    Column notices;
    Actor editor;
    Actor approver;

    @BeforeEach
    void setUp() {
        clock.reset();
        notices = site.listColumn("通知公告");
        editor = site.editorOf(notices);
        approver = site.approver();
    }

    @Test
    void itemGoesFromDraftThroughReviewToPublished() {
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);

        item = workflow.submit(item.getId(), item.getVersion(), editor);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.IN_REVIEW);

        clock.advance(Duration.ofHours(2));
        item = workflow.approve(item.getId(), Approval.now(), approver);

        assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.getPublishedAt()).isEqualTo(clock.instant());
        assertThat(published.find(item.getId())).get()
                .satisfies(live -> assertThat(live.content().title()).isEqualTo("关于调整办税服务厅服务时间的通告"));
        assertThat(actionsOn(item)).containsExactly("ItemPublished", "ItemApproved", "ItemSubmitted", "ItemCreated");
    }

    @Test
    void rejectedItemGoesBackToEditorWithTheCommentAndCanBeResubmitted() {
        Item item = submitted();

        item = workflow.reject(item.getId(), "请补充服务时间调整的起止日期", null, approver);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.CHANGES_REQUESTED);
        assertThat(audit.search(AuditQuery.about("ITEM", item.getId()), PageRequest.of(0, 1), approver).getContent())
                .singleElement().extracting(AuditEntry::getComment).isEqualTo("请补充服务时间调整的起止日期");

        item = editing.revise(item.getId(), ItemMother.retitled(item.getVersion(), "关于调整办税服务厅服务时间的通告（修订）",
                null), editor);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.CHANGES_REQUESTED);
        item = workflow.submit(item.getId(), null, editor);
        item = workflow.approve(item.getId(), Approval.now(), approver);

        assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(published.find(item.getId())).get().extracting(live -> live.content().title())
                .isEqualTo("关于调整办税服务厅服务时间的通告（修订）");
    }

    @Test
    void rejectionNeedsAComment() {
        Item item = submitted();

        assertThatThrownBy(() -> workflow.reject(item.getId(), "  ", null, approver))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("comment");
        assertThat(catalog.find(item.getId(), approver).item().getStatus()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    void approvingADraftIsRefusedAndChangesNothing() {
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);

        assertThatThrownBy(() -> workflow.approve(item.getId(), Approval.now(), approver))
                .isInstanceOf(TransitionNotAllowed.class);
        Item reloaded = catalog.find(item.getId(), approver).item();
        assertThat(reloaded.getStatus()).isEqualTo(ItemStatus.DRAFT);
        assertThat(reloaded.getVersion()).isEqualTo(item.getVersion());
    }

    @Test
    void itemWhoseChangesWereRequestedCannotBePublished() {
        Item item = workflow.reject(submitted().getId(), "标题不规范", null, approver);

        assertThatThrownBy(() -> workflow.approve(item.getId(), Approval.now(), approver))
                .isInstanceOf(TransitionNotAllowed.class);
        assertThat(published.find(item.getId())).isEmpty();
    }

    @Test
    void approverCannotApproveAnItemTheyEdited() {
        Actor editingApprover = site.person("editing-approver", io.lanmu.shared.Role.EDITOR,
                io.lanmu.shared.Role.APPROVER);
        site.editorOf(notices);
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);
        assignTo(editingApprover);
        item = editing.revise(item.getId(), ItemMother.retitled(item.getVersion(), "修改后的标题", null), editingApprover);
        Item submitted = workflow.submit(item.getId(), null, editor);

        assertThatThrownBy(() -> workflow.approve(submitted.getId(), Approval.now(), editingApprover))
                .isInstanceOf(Forbidden.class).hasMessageContaining("another approver");
        assertThat(workflow.approve(submitted.getId(), Approval.now(), approver).getStatus())
                .isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    void approverCannotApproveAnItemTheySubmitted() {
        Actor editingApprover = site.person("submitting-approver", io.lanmu.shared.Role.EDITOR,
                io.lanmu.shared.Role.APPROVER);
        assignTo(editingApprover);
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);
        Item submitted = workflow.submit(item.getId(), null, editingApprover);

        assertThatThrownBy(() -> workflow.approve(submitted.getId(), Approval.now(), editingApprover))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void editorCannotTakeApproverSteps() {
        Item item = submitted();

        assertThatThrownBy(() -> workflow.approve(item.getId(), Approval.now(), editor)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> workflow.reject(item.getId(), "x", null, editor)).isInstanceOf(Forbidden.class);
        assertThat(catalog.find(item.getId(), approver).item().getStatus()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    void editorWorksOnlyInAssignedColumns() {
        Column other = site.listColumn("人事信息");

        assertThatThrownBy(() -> editing.create(ItemMother.notice(other.getId()), editor))
                .isInstanceOf(Forbidden.class).hasMessageContaining("not assigned");
        Item mine = editing.create(ItemMother.notice(notices.getId()), editor);
        Actor otherEditor = site.editorOf(other);
        assertThatThrownBy(() -> workflow.submit(mine.getId(), null, otherEditor)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> catalog.find(mine.getId(), otherEditor)).isInstanceOf(Forbidden.class);
    }

    @Test
    void assignmentCoversSubColumns() {
        Column child = site.column(notices, "公示公告", io.lanmu.column.ColumnKind.LIST);

        Item item = editing.create(ItemMother.notice(child.getId()), editor);

        assertThat(item.getColumnId()).isEqualTo(child.getId());
    }

    @Test
    void staleEditIsRefusedWithTheCurrentVersionAndOverwritesNothing() {
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);
        long seen = item.getVersion();
        Item first = editing.revise(item.getId(), ItemMother.retitled(seen, "第一位编辑的标题", null), editor);

        assertThatThrownBy(() -> editing.revise(item.getId(), ItemMother.retitled(seen, "第二位编辑的标题", null), editor))
                .isInstanceOfSatisfying(StaleVersion.class,
                        stale -> assertThat(stale.currentVersion()).isEqualTo(first.getVersion()));
        assertThat(catalog.find(item.getId(), editor).content().title()).isEqualTo("第一位编辑的标题");
    }

    @Test
    void editingAPublishedItemKeepsTheLiveRevisionOnlineUntilTheNewOneIsApproved() {
        Item item = workflow.approve(submitted().getId(), Approval.now(), approver);

        item = editing.revise(item.getId(), ItemMother.retitled(item.getVersion(), "新版标题", "<p>新版正文</p>"), editor);

        assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.isLive()).isTrue();
        assertThat(published.find(item.getId())).get().extracting(live -> live.content().title())
                .isEqualTo("关于调整办税服务厅服务时间的通告");

        workflow.submit(item.getId(), null, editor);
        workflow.approve(item.getId(), Approval.now(), approver);
        assertThat(published.find(item.getId())).get().extracting(live -> live.content().title()).isEqualTo("新版标题");
    }

    @Test
    void unpublishedItemDisappearsFromPublicReading() {
        Item item = workflow.approve(submitted().getId(), Approval.now(), approver);

        item = workflow.unpublish(item.getId(), null, approver);

        assertThat(item.getStatus()).isEqualTo(ItemStatus.UNPUBLISHED);
        assertThat(published.find(item.getId())).isEmpty();
    }

    @Test
    void draftsAreNeverPublicWhateverTheirState() {
        Item draft = editing.create(ItemMother.notice(notices.getId()), editor);
        Item inReview = submitted();
        Item rejected = workflow.reject(submitted().getId(), "需修改", null, approver);
        clock.advance(Duration.ofMinutes(1));
        Item scheduled = workflow.approve(submitted().getId(),
                new Approval(clock.instant().plus(Duration.ofHours(3)), null, null, null), approver);

        for (Item item : List.of(draft, inReview, rejected, scheduled)) {
            assertThat(published.find(item.getId())).as(item.getStatus().name()).isEmpty();
        }
        assertThat(published.inColumn(notices.getId(), false, PageRequest.of(0, 50)).getTotalElements()).isZero();
    }

    @Test
    void publicationIsRecordedWithItsDeadlineAndLateness() {
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);
        workflow.submit(item.getId(), null, editor);
        clock.advance(Duration.ofHours(25));

        item = workflow.approve(item.getId(), Approval.now(), approver);

        PublicationRecord record = publications.findByItemIdOrderByPublishedAt(item.getId()).getFirst();
        assertThat(record.getDueAt()).isEqualTo(TestClock.START.plus(Duration.ofHours(24)));
        assertThat(record.getOnTime()).isFalse();
        assertThat(record.getWindowHours()).isEqualTo(24);
        assertThat(item.deadlineStateAt(clock.instant(), Duration.ofHours(2))).isEqualTo(DeadlineState.MISSED);
    }

    @Test
    void deadlineWatchWarnsBeforeTheDueTimeAndFlagsTheLateItemOnceEach() {
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);

        clock.advance(Duration.ofHours(23));
        watch.check();
        watch.check();
        clock.advance(Duration.ofHours(2));
        watch.check();
        watch.check();

        assertThat(actionsOn(item)).containsExactly("DeadlineMissed", "DeadlineApproaching", "ItemCreated");
        assertThat(catalog.find(item.getId(), editor).item().getVersion()).isGreaterThan(item.getVersion());
        assertThat(catalog.find(item.getId(), editor).item().getDueAt())
                .isEqualTo(TestClock.START.plus(Duration.ofHours(24)));
    }

    @Test
    void schedulingBeyondTheDueTimeNeedsAReason() {
        Item item = submitted();
        var afterDue = new Approval(TestClock.START.plus(Duration.ofHours(30)), null, null, null);

        assertThatThrownBy(() -> workflow.approve(item.getId(), afterDue, approver))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("reason");

        Item scheduled = workflow.approve(item.getId(), new Approval(afterDue.publishAt(), null, "等待新闻发布会后同步发布",
                null), approver);
        assertThat(scheduled.getStatus()).isEqualTo(ItemStatus.SCHEDULED);
        assertThat(scheduled.getSchedule().scheduleReason()).isEqualTo("等待新闻发布会后同步发布");
    }

    @Test
    void revisionsAreKeptAndAnOldOneCanBeRestoredAsANewDraft() {
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);
        item = editing.revise(item.getId(), ItemMother.retitled(item.getVersion(), "第二版", "<p>第二版正文</p>"), editor);

        item = editing.restore(item.getId(), 1, item.getVersion(), editor);

        assertThat(catalog.revisions(item.getId(), editor)).extracting(Revision::getNumber).containsExactly(3, 2, 1);
        assertThat(catalog.find(item.getId(), editor).content().title()).isEqualTo("关于调整办税服务厅服务时间的通告");
        RevisionComparison diff = catalog.compare(item.getId(), 2, 3, editor);
        assertThat(diff.changes()).extracting(RevisionComparison.FieldChange::field).contains("title", "body");
        assertThat(diff.bodyDiff()).anyMatch(line -> line.startsWith("-") && line.contains("第二版正文"));
    }

    @Test
    void bodyIsSanitizedOnSave() {
        var unsafe = new NewItem(notices.getId(), io.lanmu.deadline.InformationCategory.GENERAL, null,
                ItemContent.of("含有脚本的通知", "<p onclick=\"steal()\">正文</p><script>alert(1)</script>"));

        Item item = editing.create(unsafe, editor);

        assertThat(catalog.find(item.getId(), editor).content().body()).isEqualTo("<p>正文</p>");
    }

    @Test
    void everyStepLandsInTheAuditTrailWithItsActor() {
        Item item = workflow.approve(submitted().getId(), Approval.now(), approver);

        List<AuditEntry> entries = audit.search(AuditQuery.about("ITEM", item.getId()), PageRequest.of(0, 20),
                approver).getContent();
        assertThat(entries).extracting(AuditEntry::getAction, AuditEntry::getActorName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ItemPublished", approver.username()),
                org.assertj.core.groups.Tuple.tuple("ItemApproved", approver.username()),
                org.assertj.core.groups.Tuple.tuple("ItemSubmitted", editor.username()),
                org.assertj.core.groups.Tuple.tuple("ItemCreated", editor.username()));
    }

    private Item submitted() {
        Item item = editing.create(ItemMother.notice(notices.getId()), editor);
        return workflow.submit(item.getId(), null, editor);
    }

    private void assignTo(Actor actor) {
        site.assign(actor, notices);
    }

    private List<String> actionsOn(Item item) {
        return audit.search(AuditQuery.about("ITEM", item.getId()), PageRequest.of(0, 50), approver).stream()
                .map(AuditEntry::getAction).toList();
    }
}
