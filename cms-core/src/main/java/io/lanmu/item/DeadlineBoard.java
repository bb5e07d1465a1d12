package io.lanmu.item;

import io.lanmu.deadline.DeadlineProperties;
import io.lanmu.deadline.DeadlineState;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Moments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines at a glance: what falls due soon or is late now, and how punctual publication was over a
 * period.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineBoard {

    private final Items items;
    private final PublicationRecords publications;
    private final EditorialPermissions permissions;
    private final DeadlineProperties properties;
    private final Clock clock;

    public DeadlineBoard(Items items, PublicationRecords publications, EditorialPermissions permissions,
            DeadlineProperties properties, Clock clock) {
        this.items = items;
        this.publications = publications;
        this.permissions = permissions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Unpublished items the reader may see whose due time lies within {@code horizon}, late ones first. */
    public List<DeadlineEntry> upcoming(Duration horizon, Actor reader) {
        Instant now = Moments.now(clock);
        Set<Long> columns = permissions.readableColumns(reader);
        List<Item> due = columns.isEmpty() ? items.findOpenDueBefore(now.plus(horizon))
                : items.findOpenDueBefore(now.plus(horizon), columns);
        return due.stream().map(item -> new DeadlineEntry(item.getId(), item.getColumnId(), item.getTitle(),
                item.getCategory(), item.getStatus(), item.getDueAt(), item.deadlineStateAt(now, properties.warnBefore())))
                .toList();
    }

    /** On-time publication per category for publications in {@code [from, to)}. */
    public List<OnTimeFigures> performance(Instant from, Instant to) {
        Map<InformationCategory, OnTimeFigures> figures = new EnumMap<>(InformationCategory.class);
        for (InformationCategory category : InformationCategory.values()) {
            figures.put(category, new OnTimeFigures(category, 0, 0));
        }
        for (Object[] row : publications.countOnTimeByCategory(from, to)) {
            InformationCategory category = (InformationCategory) row[0];
            figures.put(category, new OnTimeFigures(category, ((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        return new ArrayList<>(figures.values());
    }

    /** An item and where it stands against its deadline. */
    public record DeadlineEntry(long itemId, long columnId, String title, InformationCategory category,
            ItemStatus status, Instant dueAt, DeadlineState state) {
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
