package io.lanmu.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook may be told about: changes visitors can see. */
public enum WebhookEvent {

    /** An item went online. */
    ITEM_PUBLISHED("item.published"),
    /** An online item changed: a new revision went live, or it moved to another column. */
    ITEM_UPDATED("item.updated"),
    /** An item went offline: unpublished or expired. */
    ITEM_UNPUBLISHED("item.unpublished");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The name in payloads, in the {@code Lanmu-Event} header and in the API. */
    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(event -> event.type.equals(type)).findFirst();
    }
}
