package io.lanmu.preview;

import io.lanmu.item.PublishedItem;
import java.time.Instant;

/**
 * What a valid preview link shows: the revision as it will look once published.
 *
 * @param item the revision as a published item; its publication time is the one it has or is scheduled for, or now
 * @param expiresAt when the link stops working
 */
public record Preview(PublishedItem item, Instant expiresAt) {
}
