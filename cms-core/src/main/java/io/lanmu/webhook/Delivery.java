package io.lanmu.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One change told to one webhook, and how telling it went.
 *
 * @param eventId the same for every attempt, so a receiver can tell a retry from a new change
 * @param status {@code PENDING} (to be tried, at {@code nextAttemptAt}), {@code DELIVERED} or {@code FAILED} (given up)
 */
public record Delivery(long id, long webhookId, String eventId, String eventType, String status, int attempts,
        Instant nextAttemptAt, Instant createdAt, Instant completedAt, String payload, List<Attempt> attemptLog) {

    /**
     * One try at sending.
     *
     * @param outcome {@code SUCCEEDED} (2xx), {@code FAILED} (another status, or no answer) or {@code REFUSED} (the
     *     address was not allowed)
     * @param responseCode the receiver's status, when it answered
     */
    public record Attempt(int number, Instant attemptedAt, String outcome, Integer responseCode, long durationMillis,
            String error) {
    }
}
