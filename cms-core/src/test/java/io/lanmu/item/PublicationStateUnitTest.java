package io.lanmu.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.deadline.ClockStart;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.deadline.PolicySnapshot;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * An item's review state and its derived publication state after each workflow step, without Spring or a
 * database.
 */
class PublicationStateUnitTest {

    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");
    private static final Actor EDITOR = Actor.of(2, "editor", Role.EDITOR);
    private static final Actor APPROVER = Actor.of(3, "approver", Role.APPROVER);
    private static final PolicySnapshot GENERAL = new PolicySnapshot(InformationCategory.GENERAL, 24,
            ClockStart.RECEIVED);

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

    private static Item draft() {
        Item item = Item.draft(7, GENERAL, T0, "标题", EDITOR, T0);
        // The database assigns ids; events name the item by it.
        ReflectionTestUtils.setField(item, "id", 42L);
        return item;
    }

    private static Revision.Change change() {
        return new Revision.Change(7, InformationCategory.GENERAL, null, "新标题", null);
    }
}
