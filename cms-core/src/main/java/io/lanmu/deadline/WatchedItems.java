package io.lanmu.deadline;

import io.lanmu.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the deadline module needs to know about the items whose cycles it watches. The item module holds the
 * items (each embeds its {@link PublicationCycle}) and implements this port, so the dependency runs from item
 * to deadline only.
 */
public interface WatchedItems {

    /** Ids of items whose open cycle falls due before {@code horizon} and still lacks a warning or a late flag. */
    List<Long> idsToWatch(Instant horizon);

    /**
     * The item with its cycle as the caller's transaction holds it: a change the watch makes to the cycle is
     * stored with that transaction, under the item's optimistic locking.
     */
    Optional<WatchedItem> find(long itemId);

    /** Items the reader may see whose open cycle falls due before {@code horizon}, the most urgent first. */
    List<WatchedItem> openDueBefore(Instant horizon, Actor reader);

    /** Measured publications in {@code [from, to)} per category, and how many of them were in time. */
    List<OnTimeCount> onTimeCounts(Instant from, Instant to);

    /**
     * An item as the deadline module sees it.
     *
     * @param status the item's workflow status, by name
     */
    record WatchedItem(long itemId, long columnId, String title, InformationCategory category, String status,
            PublicationCycle cycle) {
    }

    record OnTimeCount(InformationCategory category, long measured, long onTime) {
    }
}
