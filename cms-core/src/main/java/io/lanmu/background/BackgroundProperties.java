package io.lanmu.background;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of background work ({@code lanmu.background.*}).
 *
 * @param lane the size of the default lane, for listeners that name no lane of their own
 * @param catchUpInterval how often incomplete work is looked for in the publication registry
 * @param staleAfter work not finished this long after its event was published is taken as lost (refused by a
 *     full lane, or cut short by a crash) and handed over again; longer than a full lane takes to drain
 * @param stuckAfter a hand-over that has not finished after this long is taken as lost as well
 * @param retryAfter the wait before failed work is tried again the first time; it doubles with every attempt
 * @param maxRetryDelay the longest wait between two attempts
 */
@Validated
@ConfigurationProperties("lanmu.background")
record BackgroundProperties(@Valid @DefaultValue LaneSize lane,
        @NotNull @DefaultValue("PT15S") Duration catchUpInterval,
        @NotNull @DefaultValue("PT1M") Duration staleAfter,
        @NotNull @DefaultValue("PT5M") Duration stuckAfter,
        @NotNull @DefaultValue("PT10S") Duration retryAfter,
        @NotNull @DefaultValue("PT10M") Duration maxRetryDelay) {

    /** How long failed work waits before its next attempt, after {@code attempts} attempts, the first included. */
    Duration retryDelay(int attempts) {
        Duration delay = retryAfter.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
