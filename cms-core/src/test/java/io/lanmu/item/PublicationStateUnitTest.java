package io.lanmu.item;

import static io.lanmu.item.UnsavedItems.APPROVER;
import static io.lanmu.item.UnsavedItems.EDITOR;
import static io.lanmu.item.UnsavedItems.GENERAL;
import static io.lanmu.item.UnsavedItems.T0;
import static io.lanmu.item.UnsavedItems.change;
import static io.lanmu.item.UnsavedItems.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An item's review state and its derived publication state after each workflow step, without Spring or a
 * database.
 */
class PublicationStateUnitTest {

    @Test
    void newItemIsADraftThatIsNotPublished() {
        Item item = draft();

        assertThat(item.getReview()).isEqualTo(ReviewState.DRAFT);
        assertThat(item.publicationStateAt(T0)).isEqualTo(PublicationState.NOT_PUBLISHED);
    }

    @Test
    void submittedAndRejectedItemsAreNotPublished() {
        Item item = draft();
        item.submit(EDITOR, T0);
        assertThat(item.getReview()).isEqualTo(ReviewState.IN_REVIEW);
        assertThat(item.publicationStateAt(T0)).isEqualTo(PublicationState.NOT_PUBLISHED);

        item.reject("请补充", APPROVER, T0);

        assertThat(item.getReview()).isEqualTo(ReviewState.REJECTED);
        assertThat(item.publicationStateAt(T0)).isEqualTo(PublicationState.NOT_PUBLISHED);
    }

    @Test
    void approvedItemIsLive() {
        Item item = live();

        assertThat(item.getReview()).isEqualTo(ReviewState.APPROVED);
        assertThat(item.publicationStateAt(T0)).isEqualTo(PublicationState.LIVE);
    }

    @Test
    void liveItemWithANewRevisionIsLiveWithDraftWhileItIsWrittenAndReviewed() {
        Item item = live();

        item.revise(change(), GENERAL, EDITOR, T0.plusSeconds(60));
        assertThat(item.getStatus()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.getReview()).isEqualTo(ReviewState.DRAFT);
        assertThat(item.publicationStateAt(T0.plusSeconds(60))).isEqualTo(PublicationState.LIVE_WITH_DRAFT);

        item.submit(EDITOR, T0.plusSeconds(120));
        assertThat(item.getReview()).isEqualTo(ReviewState.IN_REVIEW);
        assertThat(item.publicationStateAt(T0.plusSeconds(120))).isEqualTo(PublicationState.LIVE_WITH_DRAFT);
    }

    @Test
    void itemApprovedForLaterIsScheduled() {
        Item item = draft();
        item.submit(EDITOR, T0);

        item.approve(T0.plus(Duration.ofHours(3)), null, null, APPROVER, T0);

        assertThat(item.getReview()).isEqualTo(ReviewState.APPROVED);
        assertThat(item.publicationStateAt(T0)).isEqualTo(PublicationState.SCHEDULED);
    }

    @Test
    void liveItemWithANewRevisionApprovedForLaterIsLiveAndScheduled() {
        Item item = live();
        item.revise(change(), GENERAL, EDITOR, T0);
        item.submit(EDITOR, T0);

        item.approve(T0.plus(Duration.ofHours(3)), null, null, APPROVER, T0);

        assertThat(item.publicationStateAt(T0)).isEqualTo(PublicationState.LIVE_AND_SCHEDULED);
    }

    @Test
    void liveItemIsExpiredOnceItsExpiryTimeComesAndAfterItWentOffline() {
        Item item = draft();
        item.submit(EDITOR, T0);
        item.approve(null, T0.plus(Duration.ofDays(1)), null, APPROVER, T0);
        assertThat(item.publicationStateAt(T0.plus(Duration.ofHours(23)))).isEqualTo(PublicationState.LIVE);

        assertThat(item.publicationStateAt(T0.plus(Duration.ofDays(1)))).isEqualTo(PublicationState.EXPIRED);
        item.expire(T0.plus(Duration.ofDays(1)));

        assertThat(item.isLive()).isFalse();
        assertThat(item.publicationStateAt(T0.plus(Duration.ofDays(2)))).isEqualTo(PublicationState.EXPIRED);
    }

    @Test
    void itemTakenOfflineByHandIsNotPublished() {
        Item item = live();

        item.unpublish(APPROVER, T0.plusSeconds(60));

        assertThat(item.getReview()).isEqualTo(ReviewState.APPROVED);
        assertThat(item.publicationStateAt(T0.plusSeconds(60))).isEqualTo(PublicationState.NOT_PUBLISHED);
    }

    private static Item live() {
        Item item = draft();
        item.submit(EDITOR, T0);
        item.approve(null, null, null, APPROVER, T0);
        return item;
    }
}
