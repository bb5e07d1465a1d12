package io.lanmu.webhook;

import io.lanmu.shared.NotFound;

public class WebhookNotFound extends NotFound {

    WebhookNotFound(long id) {
        super("webhook-not-found", "There is no webhook " + id, id);
    }
}
