package io.lanmu.webhook;

import java.util.List;

/**
 * What an admin sends to register or change a webhook; every part is checked by {@link Webhooks}.
 *
 * @param events event type names ({@code item.published}, …); empty or missing means all of them
 * @param enabled missing means enabled
 */
public record WebhookDraft(String url, List<String> events, String description, Boolean enabled) {
}
