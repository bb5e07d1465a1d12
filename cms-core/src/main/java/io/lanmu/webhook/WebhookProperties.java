package io.lanmu.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of webhooks ({@code lanmu.webhooks.*}).
 *
 * @param allowPrivateAddresses whether addresses that resolve to loopback, link-local or private networks are allowed
 *     (off: such addresses are refused when registered and again at every delivery)
 * @param interval how often due deliveries are looked for
 * @param timeout longest wait for a receiver to connect and answer
 * @param maxAttempts attempts before a delivery is given up
 * @param retryAfter the wait after the first failed attempt; it doubles with every further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param batchSize deliveries sent per run of the job
 */
@Validated
@ConfigurationProperties("lanmu.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateAddresses,
        @NotNull @DefaultValue("PT5S") Duration interval, @NotNull @DefaultValue("PT10S") Duration timeout,
        @Min(1) @Max(50) @DefaultValue("8") int maxAttempts, @NotNull @DefaultValue("PT30S") Duration retryAfter,
        @NotNull @DefaultValue("PT6H") Duration maxRetryDelay, @Min(1) @Max(1000) @DefaultValue("50") int batchSize) {

    /** The wait after {@code failedAttempts} failed attempts: {@code retryAfter}, doubling, at most the maximum. */
    Duration delayAfter(int failedAttempts) {
        Duration delay = retryAfter;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
