package io.lanmu.item;

import static io.lanmu.item.UnsavedItems.APPROVER;
import static io.lanmu.item.UnsavedItems.EDITOR;
import static io.lanmu.item.UnsavedItems.GENERAL;
import static io.lanmu.item.UnsavedItems.T0;
import static io.lanmu.item.UnsavedItems.change;
import static io.lanmu.item.UnsavedItems.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lanmu.deadline.DeadlineState;
import io.lanmu.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The item's workflow rules, without Spring or a database.
 */
class ItemUnitTest {

    @Test
    void newItemIsADraftDueADayAfterItArrived() {
        Item item = draft();

        assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(item.isLive()).isFalse();
    }

    @Test
    void approvalPublishesTheLatestRevisionAndClosesTheCycle() {
        Item item = draft();
        item.submit(EDITOR, T0.plusSeconds(60));

        ItemPublished published = item.approve(null, null, null, APPROVER, T0.plus(Duration.ofHours(3))).orElseThrow();

        assertThat(item.getStatus()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.getLiveRevision()).isEqualTo(1);
        assertThat(published.onTime()).isTrue();
        assertThat(item.deadlineStateAt(T0.plus(Duration.ofDays(3)), Duration.ofHours(2))).isEqualTo(DeadlineState.MET);
    }

    @Test
    void latePublicationIsRecordedAsLate() {
        Item item = draft();
        item.submit(EDITOR, T0.plusSeconds(60));

        ItemPublished published = item.approve(null, null, null, APPROVER, T0.plus(Duration.ofHours(30))).orElseThrow();

        assertThat(published.onTime()).isFalse();
        assertThat(published.dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
    }

    @Test
    void aFuturePublicationTimeSchedulesInsteadOfPublishing() {
        Item item = draft();
        item.submit(EDITOR, T0);

        assertThat(item.approve(T0.plus(Duration.ofHours(5)), null, null, APPROVER, T0)).isEmpty();

        assertThat(item.getStatus()).isEqualTo(ItemStatus.SCHEDULED);
        assertThatThrownBy(() -> item.publishScheduled(T0.plus(Duration.ofHours(4))))
                .isInstanceOf(TransitionNotAllowed.class);
        assertThat(item.publishScheduled(T0.plus(Duration.ofHours(5))).scheduled()).isTrue();
    }

    @Test
    void schedulingPastTheDueTimeWithoutAReasonIsRefused() {
        Item item = draft();
        item.submit(EDITOR, T0);

        assertThatThrownBy(() -> item.approve(T0.plus(Duration.ofHours(25)), null, " ", APPROVER, T0))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("reason");
        assertThat(item.getStatus()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    void itemUnderReviewCannotBeEdited() {
        Item item = draft();
        item.submit(EDITOR, T0);

        assertThatThrownBy(() -> item.revise(change(), GENERAL, EDITOR, T0)).isInstanceOf(TransitionNotAllowed.class);
    }

    @Test
    void editingAPublishedItemOpensANewCycleAndKeepsItOnline() {
        Item item = draft();
        item.submit(EDITOR, T0);
        item.approve(null, null, null, APPROVER, T0.plus(Duration.ofHours(1)));
        Instant edited = T0.plus(Duration.ofDays(2));

        item.revise(change(), GENERAL, EDITOR, edited);

        assertThat(item.isLive()).isTrue();
        assertThat(item.getLiveRevision()).isEqualTo(1);
        assertThat(item.getLatestRevision()).isEqualTo(2);
        assertThat(item.getDueAt()).isEqualTo(edited.plus(Duration.ofHours(24)));
    }

    @Test
    void expiryTakesALiveItemOffline() {
        Item item = draft();
        item.submit(EDITOR, T0);
        item.approve(null, T0.plus(Duration.ofDays(1)), null, APPROVER, T0);

        item.expire(T0.plus(Duration.ofDays(1)));

        assertThat(item.getStatus()).isEqualTo(ItemStatus.EXPIRED);
        assertThat(item.isLive()).isFalse();
    }
}
