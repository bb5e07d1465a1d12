package io.lanmu.webhook;

import io.lanmu.column.ColumnTree;
import io.lanmu.item.ItemEvent;
import io.lanmu.item.ItemExpired;
import io.lanmu.item.ItemPublished;
import io.lanmu.item.ItemRevised;
import io.lanmu.item.ItemUnpublished;
import io.lanmu.item.PublishedItem;
import io.lanmu.item.PublishedItems;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the item events visitors can see into deliveries, one per webhook that asked for them. A plain listener, in
 * the change's own transaction: the deliveries commit with the change or not at all, so none is lost to a crash
 * between the two, and nothing is sent from here (the {@link WebhookDispatcher} sends, later, off every request).
 * Items of hidden columns are never told about.
 */
@Component
class WebhookEvents {

    private final WebhookRows webhooks;
    private final DeliveryRows deliveries;
    private final PublishedItems published;
    private final ColumnTree columns;
    private final JsonMapper json;
    private final Clock clock;

    WebhookEvents(WebhookRows webhooks, DeliveryRows deliveries, PublishedItems published, ColumnTree columns,
            JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.published = published;
        this.columns = columns;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(ItemPublished event) {
        List<Webhook> enabled = webhooks.enabled();
        // Asked first: with no webhooks (most sites) a publication costs one small query and nothing more.
        if (enabled.isEmpty()) {
            return;
        }
        published.find(event.itemId()).ifPresent(item -> {
            // An item already online keeps its first publication time: this is a new revision of it.
            boolean first = Duration.between(item.publishedAt(), event.occurredAt()).abs().toMillis() < 1;
            enqueue(enabled, first ? WebhookEvent.ITEM_PUBLISHED : WebhookEvent.ITEM_UPDATED, event,
                    Optional.of(item));
        });
    }

    @EventListener
    void on(ItemRevised event) {
        // A draft stays unseen, but an online item's column changes with it at once.
        if (!Objects.equals(event.previousColumnId(), event.columnId())) {
            List<Webhook> enabled = webhooks.enabled();
            if (!enabled.isEmpty()) {
                published.find(event.itemId()).ifPresent(item -> enqueue(enabled, WebhookEvent.ITEM_UPDATED, event,
                        Optional.of(item)));
            }
        }
    }

    @EventListener
    void on(ItemUnpublished event) {
        offline(event);
    }

    @EventListener
    void on(ItemExpired event) {
        offline(event);
    }

    private void offline(ItemEvent event) {
        List<Webhook> enabled = webhooks.enabled();
        if (!enabled.isEmpty() && columns.snapshot().isPubliclyVisible(event.columnId())) {
            enqueue(enabled, WebhookEvent.ITEM_UNPUBLISHED, event, Optional.empty());
        }
    }

    private void enqueue(List<Webhook> enabled, WebhookEvent type, ItemEvent event, Optional<PublishedItem> item) {
        List<Webhook> subscribed = enabled.stream().filter(hook -> hook.events().contains(type)).toList();
        if (subscribed.isEmpty()) {
            return;
        }
        String eventId = UUID.randomUUID().toString();
        String payload = payload(eventId, type, event, item);
        subscribed.forEach(hook -> deliveries.insert(hook.id(), eventId, type, payload, clock.instant()));
    }

    private String payload(String eventId, WebhookEvent type, ItemEvent event, Optional<PublishedItem> item) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", event.itemId());
        subject.put("columnId", event.columnId());
        item.ifPresent(live -> {
            subject.put("revision", live.revision());
            subject.put("title", live.content().title());
            subject.put("publishedAt", live.publishedAt().toString());
        });
        subject.put("apiPath", "/api/v1/items/" + event.itemId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type.type());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("item", subject);
        return json.writeValueAsString(body);
    }
}
