package io.lanmu.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * Visits between two days, both included, in the site's time zone.
 *
 * @param views every page view counted
 * @param days per day: views and unique visitors (a visitor on two days counts on each)
 * @param columns views per column, its item pages included, most viewed first
 * @param items the most viewed items
 * @param referrers the domains visitors came from most, the site itself left out
 */
public record VisitReport(LocalDate from, LocalDate to, long views, List<Day> days, List<ColumnViews> columns,
        List<ItemViews> items, List<ReferrerViews> referrers) {

    public record Day(LocalDate day, long views, long visitors) {
    }

    public record ColumnViews(long columnId, long views) {
    }

    public record ItemViews(long itemId, long columnId, long views) {
    }

    public record ReferrerViews(String domain, long views) {
    }
}
