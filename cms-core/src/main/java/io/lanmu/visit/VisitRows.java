package io.lanmu.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes counted totals: each statement on its own (autocommit), so one refused insert (another instance made the
 * row first) does not undo the rest; an update of the existing row follows it.
 */
@Repository
class VisitRows {

    private final JdbcTemplate jdbc;

    VisitRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addViews(List<VisitTally.Counted<VisitTally.ViewKey>> views) {
        add(views, "update visit_count set views = views + ? where on_day = ? and column_id = ? and item_id = ?",
                "insert into visit_count (views, on_day, column_id, item_id) values (?, ?, ?, ?)",
                c -> new Object[] {c.count(), c.key().day(), c.key().columnId(), c.key().itemId()});
    }

    void addReferrers(List<VisitTally.Counted<VisitTally.ReferrerKey>> referrers) {
        add(referrers, "update visit_referrer set views = views + ? where on_day = ? and domain = ?",
                "insert into visit_referrer (views, on_day, domain) values (?, ?, ?)",
                c -> new Object[] {c.count(), c.key().day(), c.key().domain()});
    }

    /** Adds the day's visitor hashes that are not there yet. */
    void addVisitors(LocalDate day, List<String> hashes) {
        List<Object[]> rows = hashes.stream().map(hash -> new Object[] {day, hash}).toList();
        try {
            jdbc.batchUpdate("insert into visit_visitor (on_day, visitor) values (?, ?)", rows);
        }
        catch (DuplicateKeyException seenElsewhere) {
            // The visitor reached another instance too: row by row, skipping those already there.
            for (Object[] row : rows) {
                try {
                    jdbc.update("insert into visit_visitor (on_day, visitor) values (?, ?)", row);
                }
                catch (DuplicateKeyException known) {
                    // Counted once already.
                }
            }
        }
    }

    List<LocalDate> visitorDaysBefore(LocalDate before) {
        return jdbc.queryForList("select distinct on_day from visit_visitor where on_day < ?", LocalDate.class, before);
    }

    /** Replaces the visitor hashes of {@code day} by their count (in the caller's transaction). */
    void countUpVisitors(LocalDate day) {
        Long visitors = jdbc.queryForObject("select count(*) from visit_visitor where on_day = ?", Long.class, day);
        if (jdbc.update("update visit_daily_visitors set visitors = visitors + ? where on_day = ?", visitors, day) == 0) {
            jdbc.update("insert into visit_daily_visitors (on_day, visitors) values (?, ?)", day, visitors);
        }
        jdbc.update("delete from visit_visitor where on_day = ?", day);
    }

    private <T> void add(List<T> counted, String update, String insert,
            java.util.function.Function<T, Object[]> arguments) {
        if (counted.isEmpty()) {
            return;
        }
        List<Object[]> rows = counted.stream().map(arguments).toList();
        int[] updated = jdbc.batchUpdate(update, rows);
        List<Object[]> missing = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        for (Object[] row : missing) {
            try {
                jdbc.update(insert, row);
            }
            catch (DuplicateKeyException anotherInstanceWasFirst) {
                jdbc.update(update, row);
            }
        }
    }
}
