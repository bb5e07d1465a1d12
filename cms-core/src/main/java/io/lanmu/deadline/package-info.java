/**
 * Information categories and their publication windows: when each item is due, whether it was
 * published in time, and the watch that warns before items fall due and flags the late ones.
 *
 * <p>The item module depends on this one: each item embeds its {@link io.lanmu.deadline.PublicationCycle} and
 * moves it through the workflow. So this module never names an item type; what the
 * {@link io.lanmu.deadline.DeadlineWatch} and the {@link io.lanmu.deadline.DeadlineBoard} need to know about items
 * (which cycles are due, the cycle to mark, the on-time counts of the publication records) they ask through
 * {@link io.lanmu.deadline.WatchedItems}, a port this module defines and the item module implements. Listening
 * to item events instead would have needed a copy of every cycle here; the port keeps one copy, in the item's
 * row, under the item's optimistic locking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines",
        allowedDependencies = {"shared"})
package io.lanmu.deadline;
