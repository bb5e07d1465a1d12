package io.lanmu.webhook;

import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Role;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, changing and removing webhooks, and reading their deliveries: for admins only. Each webhook gets a
 * secret of its own, made here, which signs every delivery to it.
 */
@Service
@Transactional
public class Webhooks {

    private static final int MAX_DESCRIPTION = 200;

    private final WebhookRows rows;
    private final DeliveryRows deliveries;
    private final WebhookAddresses addresses;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Webhooks(WebhookRows rows, DeliveryRows deliveries, WebhookAddresses addresses, Clock clock) {
        this.rows = rows;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Webhook> list(Actor actor) {
        actor.require(Role.ADMIN);
        return rows.all();
    }

    @Transactional(readOnly = true)
    public Webhook find(long id, Actor actor) {
        actor.require(Role.ADMIN);
        return rows.find(id).orElseThrow(() -> new WebhookNotFound(id));
    }

    public Webhook register(WebhookDraft draft, Actor actor) {
        actor.require(Role.ADMIN);
        URI url = checkedUrl(draft.url());
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        long id = rows.insert(url.toString(), events(draft.events()), description(draft.description()),
                draft.enabled() == null || draft.enabled(), "whsec_" + HexFormat.of().formatHex(secret),
                clock.instant());
        return rows.find(id).orElseThrow();
    }

    public Webhook change(long id, WebhookDraft draft, Actor actor) {
        Webhook current = find(id, actor);
        // Only a new address is checked: a webhook whose host stopped resolving, or now resolves inward, can still be
        // switched off or described (every delivery checks the address again anyway).
        String url = draft.url() == null ? current.url() : checkedUrl(draft.url()).toString();
        rows.update(id, url, draft.events() == null ? current.events() : events(draft.events()),
                draft.description() == null ? current.description() : description(draft.description()),
                draft.enabled() == null ? current.enabled() : draft.enabled(), clock.instant());
        return rows.find(id).orElseThrow();
    }

    /** Removes the webhook with its deliveries; those still pending are never sent. */
    public void remove(long id, Actor actor) {
        actor.require(Role.ADMIN);
        if (!rows.delete(id)) {
            throw new WebhookNotFound(id);
        }
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long id, int limit, Actor actor) {
        find(id, actor);
        return deliveries.ofWebhook(id, limit);
    }

    private URI checkedUrl(String url) {
        URI uri = addresses.parse(url);
        addresses.requireAllowed(uri);
        return uri;
    }

    private static Set<WebhookEvent> events(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(WebhookEvent.class);
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : names) {
            events.add(WebhookEvent.ofType(name == null ? "" : name).orElseThrow(() -> new InvalidInput("events",
                    "webhook-event-unknown", "Unknown event " + name + "; known: item.published, item.updated, "
                            + "item.unpublished", String.valueOf(name))));
        }
        return events;
    }

    private static String description(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidInput("description", "webhook-description-too-long",
                    "The description may have at most " + MAX_DESCRIPTION + " characters", MAX_DESCRIPTION);
        }
        return description == null || description.isBlank() ? null : description.strip();
    }
}
