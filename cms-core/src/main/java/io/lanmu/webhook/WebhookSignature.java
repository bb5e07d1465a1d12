package io.lanmu.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Lanmu-Signature} header of a delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, the HMAC keyed with
 * the webhook's secret over {@code <t>.<body>}. A receiver recomputes it over the raw body, compares in constant time,
 * and refuses a {@code t} far from its own clock (5 minutes, say) so a recorded delivery cannot be replayed later.
 */
public final class WebhookSignature {

    public static final String HEADER = "Lanmu-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    /** What a receiver does: whether {@code header} signs {@code body} with {@code secret}. */
    public static boolean verifies(String secret, String header, byte[] body) {
        long timestamp = timestampOf(header);
        String signature = part(header, "v1");
        return timestamp >= 0 && signature != null && signature.matches("[0-9a-f]{64}")
                && MessageDigest.isEqual(HexFormat.of().parseHex(signature), hmac(secret, timestamp, body));
    }

    /** The time a header says it was signed at, in unix seconds, or -1. */
    public static long timestampOf(String header) {
        String timestamp = part(header, "t");
        return timestamp != null && timestamp.matches("\\d{1,12}") ? Long.parseLong(timestamp) : -1;
    }

    private static String part(String header, String name) {
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals(name)) {
                return pair[1];
            }
        }
        return null;
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
