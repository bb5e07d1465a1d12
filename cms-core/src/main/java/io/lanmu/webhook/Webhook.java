package io.lanmu.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * A registered address.
 *
 * @param secret the key deliveries to it are signed with (see {@link WebhookSignature})
 */
public record Webhook(long id, String url, Set<WebhookEvent> events, String description, boolean enabled,
        String secret, Instant createdAt, Instant updatedAt) {
}
