package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.deadline.WatchedItems;
import io.lanmu.shared.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The items as the deadline module watches them: their cycles, and the publication records that on-time
 * figures count.
 */
@Component
class ItemDeadlines implements WatchedItems {

    private final Items items;
    private final PublicationRecords publications;
    private final EditorialPermissions permissions;

    ItemDeadlines(Items items, PublicationRecords publications, EditorialPermissions permissions) {
        this.items = items;
        this.publications = publications;
        this.permissions = permissions;
    }

    @Override
    public List<Long> idsToWatch(Instant horizon) {
        return items.findIdsWithDeadlineBefore(horizon);
    }

    @Override
    public Optional<WatchedItem> find(long itemId) {
        return items.findById(itemId).map(ItemDeadlines::watched);
    }

    @Override
    public List<WatchedItem> openDueBefore(Instant horizon, Actor reader) {
        Set<Long> columns = permissions.readableColumns(reader);
        List<Item> due = columns.isEmpty() ? items.findOpenDueBefore(horizon)
                : items.findOpenDueBefore(horizon, columns);
        return due.stream().map(ItemDeadlines::watched).toList();
    }

    @Override
    public List<OnTimeCount> onTimeCounts(Instant from, Instant to) {
        return publications.countOnTimeByCategory(from, to).stream()
                .map(row -> new OnTimeCount((InformationCategory) row[0], ((Number) row[1]).longValue(),
                        row[2] == null ? 0 : ((Number) row[2]).longValue()))
                .toList();
    }

    private static WatchedItem watched(Item item) {
        return new WatchedItem(item.getId(), item.getColumnId(), item.getTitle(), item.getCategory(),
                item.getStatus().name(), item.getCycle());
    }
}
