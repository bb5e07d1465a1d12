package io.lanmu.visit;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads visit statistics, for admins and approvers (the quarterly report is theirs). */
@Service
@Transactional(readOnly = true)
public class VisitQueries {

    private static final int MAX_DAYS = 366;
    private static final int TOP_ITEMS = 100;
    private static final int TOP_REFERRERS = 50;

    private final JdbcTemplate jdbc;

    VisitQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public VisitReport between(LocalDate from, LocalDate to, Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.APPROVER)) {
            throw new Forbidden("statistics-not-allowed", "Only admins and approvers read visit statistics");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInput("to", "statistics-range-invalid",
                    "Give a range of 1 to " + MAX_DAYS + " days, from before to", MAX_DAYS);
        }
        Map<LocalDate, long[]> days = new TreeMap<>();
        jdbc.query("select on_day, sum(views) from visit_count where on_day between ? and ? group by on_day",
                row -> { days.computeIfAbsent(row.getObject(1, LocalDate.class), d -> new long[2])[0] = row.getLong(2); },
                from, to);
        for (String visitors : List.of("select on_day, count(*) from visit_visitor where on_day between ? and ? "
                + "group by on_day", "select on_day, visitors from visit_daily_visitors where on_day between ? and ?")) {
            jdbc.query(visitors, row -> {
                days.computeIfAbsent(row.getObject(1, LocalDate.class), d -> new long[2])[1] += row.getLong(2);
            }, from, to);
        }
        List<VisitReport.Day> perDay = days.entrySet().stream()
                .map(day -> new VisitReport.Day(day.getKey(), day.getValue()[0], day.getValue()[1])).toList();
        return new VisitReport(from, to, perDay.stream().mapToLong(VisitReport.Day::views).sum(), perDay,
                jdbc.query("select column_id, sum(views) from visit_count where on_day between ? and ? "
                        + "and column_id <> 0 group by column_id order by 2 desc, 1",
                        (row, n) -> new VisitReport.ColumnViews(row.getLong(1), row.getLong(2)), from, to),
                jdbc.query("select item_id, column_id, sum(views) from visit_count where on_day between ? and ? "
                        + "and item_id <> 0 group by item_id, column_id order by 3 desc, 1 fetch first ? rows only",
                        (row, n) -> new VisitReport.ItemViews(row.getLong(1), row.getLong(2), row.getLong(3)), from, to,
                        TOP_ITEMS),
                jdbc.query("select domain, sum(views) from visit_referrer where on_day between ? and ? "
                        + "group by domain order by 2 desc, 1 fetch first ? rows only",
                        (row, n) -> new VisitReport.ReferrerViews(row.getString(1), row.getLong(2)), from, to,
                        TOP_REFERRERS));
    }
}
