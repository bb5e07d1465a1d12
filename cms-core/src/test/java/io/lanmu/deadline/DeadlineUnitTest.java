package io.lanmu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineUnitTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);
    private static final Duration WARN = Duration.ofHours(2);

    @ParameterizedTest
    @CsvSource({"GENERAL, 24", "IMPORTANT, 12", "DYNAMIC_COLUMN_UPDATE, 24"})
    void eachCategoryIsDueItsWindowAfterTheInformationArrived(InformationCategory category, int hours) {
        Instant received = FIXED.instant();

        Deadline deadline = Deadline.under(defaultPolicy(category), received, null, null);

        assertThat(deadline.getDueAt()).isEqualTo(received.plus(Duration.ofHours(hours)));
    }

    @Test
    void staticColumnUpdatesHaveNoDueTimeAndAreNeverLate() {
        Deadline deadline = Deadline.under(defaultPolicy(InformationCategory.STATIC_COLUMN_UPDATE), FIXED.instant(),
                null, null);

        assertThat(deadline.getDueAt()).isNull();
        assertThat(deadline.isMetBy(FIXED.instant().plus(Duration.ofDays(365)))).isTrue();
        assertThat(deadline.stateAt(FIXED.instant().plus(Duration.ofDays(30)), null, WARN))
                .isEqualTo(DeadlineState.NONE);
    }

    @Test
    void publishingAfterTheDueTimeIsLate() {
        Deadline deadline = Deadline.under(defaultPolicy(InformationCategory.IMPORTANT), FIXED.instant(), null, null);
        Instant due = FIXED.instant().plus(Duration.ofHours(12));

        assertThat(deadline.isMetBy(due)).isTrue();
        assertThat(deadline.isMetBy(due.plusSeconds(1))).isFalse();
        assertThat(deadline.stateAt(due.plus(Duration.ofHours(1)), due.plusSeconds(1), WARN))
                .isEqualTo(DeadlineState.MISSED);
    }

    @Test
    void stateMovesFromOnTrackToDueSoonToOverdue() {
        Deadline deadline = Deadline.under(defaultPolicy(InformationCategory.GENERAL), FIXED.instant(), null, null);
        Instant start = FIXED.instant();

        assertThat(deadline.stateAt(start.plus(Duration.ofHours(21)), null, WARN)).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(deadline.stateAt(start.plus(Duration.ofHours(23)), null, WARN)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(deadline.stateAt(start.plus(Duration.ofHours(25)), null, WARN)).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void windowCountingFromSubmissionStartsOnlyWhenSubmitted() {
        PolicySnapshot fromSubmission = new PolicySnapshot(InformationCategory.GENERAL, 24, ClockStart.SUBMITTED);
        Instant submitted = FIXED.instant().plus(Duration.ofHours(5));

        Deadline beforeSubmission = Deadline.under(fromSubmission, FIXED.instant(), null, null);
        Deadline afterSubmission = beforeSubmission.recount(InformationCategory.GENERAL, FIXED.instant(), submitted, null);

        assertThat(beforeSubmission.getDueAt()).isNull();
        assertThat(beforeSubmission.stateAt(FIXED.instant(), null, WARN)).isEqualTo(DeadlineState.NOT_STARTED);
        assertThat(afterSubmission.getDueAt()).isEqualTo(submitted.plus(Duration.ofHours(24)));
    }

    @Test
    void aDeadlineKeepsThePolicyItWasSetUnder() {
        Deadline deadline = Deadline.under(defaultPolicy(InformationCategory.GENERAL), FIXED.instant(), null, null);

        Deadline recounted = deadline.recount(InformationCategory.GENERAL, FIXED.instant(), FIXED.instant(), null);

        assertThat(recounted.getWindowHours()).isEqualTo(24);
        assertThat(recounted.getDueAt()).isEqualTo(deadline.getDueAt());
    }

    @Test
    void aCycleIsWarnedAndFlaggedLateOnceEach() {
        PublicationCycle cycle = PublicationCycle.open(defaultPolicy(InformationCategory.GENERAL), FIXED.instant());
        Instant received = FIXED.instant();

        assertThat(cycle.warnIfDueSoon(received.plus(Duration.ofHours(21)), WARN)).isFalse();
        assertThat(cycle.warnIfDueSoon(received.plus(Duration.ofHours(23)), WARN)).isTrue();
        assertThat(cycle.warnIfDueSoon(received.plus(Duration.ofMinutes(23 * 60 + 30)), WARN)).isFalse();
        assertThat(cycle.flagIfOverdue(received.plus(Duration.ofHours(25)), WARN)).isTrue();
        assertThat(cycle.flagIfOverdue(received.plus(Duration.ofHours(26)), WARN)).isFalse();
    }

    @Test
    void aLateCycleNeedsNoWarningAnyMore() {
        PublicationCycle cycle = PublicationCycle.open(defaultPolicy(InformationCategory.GENERAL), FIXED.instant());

        assertThat(cycle.flagIfOverdue(FIXED.instant().plus(Duration.ofHours(25)), WARN)).isTrue();
        assertThat(cycle.warnIfDueSoon(FIXED.instant().plus(Duration.ofHours(23)), WARN)).isFalse();
    }

    private static PolicySnapshot defaultPolicy(InformationCategory category) {
        return new PolicySnapshot(category, category.defaultWindowHours(), ClockStart.RECEIVED);
    }
}
