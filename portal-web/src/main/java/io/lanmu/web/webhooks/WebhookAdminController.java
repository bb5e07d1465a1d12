package io.lanmu.web.webhooks;

import io.lanmu.shared.Actor;
import io.lanmu.webhook.Delivery;
import io.lanmu.webhook.Webhook;
import io.lanmu.webhook.WebhookDraft;
import io.lanmu.webhook.WebhookEvent;
import io.lanmu.webhook.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Webhooks (admin)", description = "Addresses told, signed, when published content changes")
@RestController
@RequestMapping("/api/admin/webhooks")
class WebhookAdminController {

    private static final int MAX_DELIVERIES = 200;

    private final Webhooks webhooks;

    WebhookAdminController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "Every registered webhook")
    @GetMapping
    List<WebhookResponse> list(Actor actor) {
        return webhooks.list(actor).stream().map(WebhookResponse::of).toList();
    }

    @Operation(summary = "Register an address",
            description = "The address must resolve to public addresses only (422 otherwise, unless "
                    + "lanmu.webhooks.allow-private-addresses). The answer holds the secret deliveries are signed with.")
    @PostMapping
    ResponseEntity<WebhookResponse> register(@RequestBody WebhookRequest request, Actor actor) {
        Webhook webhook = webhooks.register(request.draft(), actor);
        return ResponseEntity.created(URI.create("/api/admin/webhooks/" + webhook.id()))
                .body(WebhookResponse.of(webhook));
    }

    @GetMapping("/{id}")
    WebhookResponse find(@PathVariable long id, Actor actor) {
        return WebhookResponse.of(webhooks.find(id, actor));
    }

    @Operation(summary = "Change an address, its events, description or whether it is enabled (missing fields stay)")
    @PutMapping("/{id}")
    WebhookResponse change(@PathVariable long id, @RequestBody WebhookRequest request, Actor actor) {
        return WebhookResponse.of(webhooks.change(id, request.draft(), actor));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long id, Actor actor) {
        webhooks.remove(id, actor);
    }

    @Operation(summary = "The newest deliveries to a webhook, each with every attempt at sending it")
    @GetMapping("/{id}/deliveries")
    List<Delivery> deliveries(@PathVariable long id, @RequestParam(defaultValue = "50") int limit, Actor actor) {
        return webhooks.deliveries(id, Math.clamp(limit, 1, MAX_DELIVERIES), actor);
    }

    record WebhookRequest(@Schema(description = "absolute http or https URL") String url,
            @Schema(description = "item.published, item.updated, item.unpublished; empty for all") List<String> events,
            @Schema(description = "plain text") String description, Boolean enabled) {

        WebhookDraft draft() {
            return new WebhookDraft(url, events, description, enabled);
        }
    }

    record WebhookResponse(long id, String url, List<String> events, String description, boolean enabled,
            @Schema(description = "signs every delivery: see Lanmu-Signature in the README") String secret,
            Instant createdAt, Instant updatedAt) {

        static WebhookResponse of(Webhook webhook) {
            return new WebhookResponse(webhook.id(), webhook.url(),
                    webhook.events().stream().map(WebhookEvent::type).toList(), webhook.description(),
                    webhook.enabled(), webhook.secret(), webhook.createdAt(), webhook.updatedAt());
        }
    }
}
