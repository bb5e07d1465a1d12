package io.lanmu.portal;

import io.lanmu.column.ColumnNode;
import io.lanmu.column.SiteTree;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.PublishedItemSummary;
import io.lanmu.shared.SiteProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns published items into the lines of a list, with their address and their publication day in the site's
 * time zone (the day is always shown: an inspection counts an undated item as not updated).
 */
@Component
class Listings {

    /** Important items (重要信息) first; within each group the order the list came in (newest first). */
    static final Comparator<Entry> IMPORTANT_FIRST = Comparator.comparing(entry -> !entry.important());

    private final SiteProperties siteProperties;

    Listings(SiteProperties siteProperties) {
        this.siteProperties = siteProperties;
    }

    List<Entry> entries(List<PublishedItemSummary> items, SiteTree site) {
        return items.stream().flatMap(item -> site.find(item.columnId()).stream().map(column -> entry(item, column)))
                .toList();
    }

    LocalDate day(Instant moment) {
        return moment == null ? null : LocalDate.ofInstant(moment, siteProperties.timeZone());
    }

    private Entry entry(PublishedItemSummary item, ColumnNode column) {
        return new Entry(item.id(), item.title(), item.summary(), Links.item(column, item.id()), column.name(),
                day(item.publishedAt()), item.category() == InformationCategory.IMPORTANT);
    }

    /** One line of a list. */
    record Entry(long id, String title, String summary, String url, String columnName, LocalDate publishedOn,
            boolean important) {
    }
}
