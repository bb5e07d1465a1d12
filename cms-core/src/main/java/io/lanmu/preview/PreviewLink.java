package io.lanmu.preview;

import java.time.Instant;

/**
 * A link to one revision of an item.
 *
 * @param token what goes into the address: item, revision, expiry and their signature
 * @param itemId the item shown
 * @param revision the revision shown (the latest when the link was made)
 * @param expiresAt when the link stops working
 */
public record PreviewLink(String token, long itemId, int revision, Instant expiresAt) {
}
