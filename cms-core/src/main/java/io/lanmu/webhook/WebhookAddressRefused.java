package io.lanmu.webhook;

import io.lanmu.shared.InvalidInput;

/** A webhook address is not one Lanmu sends to: malformed, not HTTP(S), unknown, or inside a private network. */
public class WebhookAddressRefused extends InvalidInput {

    WebhookAddressRefused(String code, String message, Object... arguments) {
        super("url", code, message, arguments);
    }
}
