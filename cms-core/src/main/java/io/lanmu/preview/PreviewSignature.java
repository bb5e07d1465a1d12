package io.lanmu.preview;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a preview link: {@code item.revision.expiry.signature}, the signature an HMAC-SHA256 over the other
 * three parts. Plain Java: the key comes from outside.
 */
final class PreviewSignature {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private PreviewSignature() {
    }

    static String token(byte[] key, long itemId, int revision, Instant expiresAt) {
        String signed = itemId + "." + revision + "." + expiresAt.getEpochSecond();
        return signed + "." + ENCODER.encodeToString(hmac(key, signed));
    }

    /** The link a token stands for, if its signature is right; expiry is the caller's to check. */
    static Optional<PreviewLink> verify(byte[] key, String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            long itemId = Long.parseLong(parts[0]);
            int revision = Integer.parseInt(parts[1]);
            long expires = Long.parseLong(parts[2]);
            byte[] given = Base64.getUrlDecoder().decode(parts[3]);
            byte[] expected = hmac(key, itemId + "." + revision + "." + expires);
            // Compared in constant time, and over the re-written parts, so "+7" or "007" never pass for "7".
            if (!MessageDigest.isEqual(given, expected) || !token.equals(token(key, itemId, revision,
                    Instant.ofEpochSecond(expires)))) {
                return Optional.empty();
            }
            return Optional.of(new PreviewLink(token, itemId, revision, Instant.ofEpochSecond(expires)));
        }
        catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("lanmu-preview:" + text).getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
