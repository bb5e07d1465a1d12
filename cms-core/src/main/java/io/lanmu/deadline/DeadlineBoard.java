package io.lanmu.deadline;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Moments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines at a glance: what falls due soon or is late now, and how punctual publication was over a
 * period.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineBoard {

    private final WatchedItems items;
    private final DeadlineProperties properties;
    private final Clock clock;

    DeadlineBoard(WatchedItems items, DeadlineProperties properties, Clock clock) {
        this.items = items;
        this.properties = properties;
        this.clock = clock;
    }

    /** Unpublished items the reader may see whose due time lies within {@code horizon}, late ones first. */
    public List<DeadlineEntry> upcoming(Duration horizon, Actor reader) {
        Instant now = Moments.now(clock);
        return items.openDueBefore(now.plus(horizon), reader).stream()
                .map(item -> new DeadlineEntry(item.itemId(), item.columnId(), item.title(), item.category(),
                        item.status(), item.cycle().getDueAt(), item.cycle().stateAt(now, properties.warnBefore())))
                .toList();
    }

    /** On-time publication per category for publications in {@code [from, to)}. */
    public List<OnTimeFigures> performance(Instant from, Instant to) {
        Map<InformationCategory, OnTimeFigures> figures = new EnumMap<>(InformationCategory.class);
        for (InformationCategory category : InformationCategory.values()) {
            figures.put(category, new OnTimeFigures(category, 0, 0));
        }
        for (WatchedItems.OnTimeCount count : items.onTimeCounts(from, to)) {
            figures.put(count.category(), new OnTimeFigures(count.category(), count.measured(), count.onTime()));
        }
        return new ArrayList<>(figures.values());
    }

    /**
     * An item and where it stands against its deadline.
     *
     * @param status the item's workflow status, by name
     */
    public record DeadlineEntry(long itemId, long columnId, String title, InformationCategory category,
            String status, Instant dueAt, DeadlineState state) {
    }

    /** Publications measured against a deadline in one category, and how many of them were in time. */
    public record OnTimeFigures(InformationCategory category, long measured, long onTime) {

        public long late() {
            return measured - onTime;
        }

        /** The share published in time, or empty when nothing was measured. */
        public Double onTimeRate() {
            return measured == 0 ? null : (double) onTime / measured;
        }
    }
}
