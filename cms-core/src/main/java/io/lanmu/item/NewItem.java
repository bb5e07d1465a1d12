package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import java.time.Instant;

/**
 * What an editor fills in to create an item.
 *
 * @param receivedAt when the information reached the team; empty means now
 */
public record NewItem(Long columnId, InformationCategory category, Instant receivedAt, ItemContent content) {
}
