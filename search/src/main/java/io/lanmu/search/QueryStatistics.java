package io.lanmu.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What visitors searched for in a period: the most frequent queries, and those that found nothing.
 */
@Component
public class QueryStatistics {

    private final JdbcTemplate jdbc;

    QueryStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The most frequent queries in {@code [from, to)}, most frequent first. */
    public List<QueryCount> top(Instant from, Instant to, int limit) {
        return counts("", from, to, limit);
    }

    /** The most frequent queries in {@code [from, to)} that found nothing. */
    public List<QueryCount> withoutResults(Instant from, Instant to, int limit) {
        return counts("and hits = 0", from, to, limit);
    }

    /**
     * The most frequent queries in {@code [from, to)} that needed help to find anything, or found nothing even so,
     * with the help they needed ({@link Rescue}): what visitors type otherwise than the documents are written, and
     * where a synonym may be missing.
     */
    public List<RescuedQuery> rescued(Instant from, Instant to, int limit) {
        return jdbc.query("""
                select query, rescues, count(*) as searches, avg(hits) as hits
                from search_query where searched_at >= ? and searched_at < ? and rescues is not null
                group by query, rescues order by searches desc, query fetch first %d rows only""".formatted(limit),
                (row, index) -> new RescuedQuery(row.getString("query"),
                        Arrays.stream(row.getString("rescues").split(",")).map(Rescue::valueOf).toList(),
                        row.getLong("searches"), row.getDouble("hits")),
                Timestamp.from(from), Timestamp.from(to));
    }

    /**
     * Queries that found something in {@code [from, to)}, most frequent first: what related searches suggest.
     */
    List<QueryCount> successful(Instant from, Instant to, int limit) {
        return counts("and hits > 0", from, to, limit);
    }

    public long total(Instant from, Instant to) {
        Long count = jdbc.queryForObject("select count(*) from search_query where searched_at >= ? and searched_at < ?",
                Long.class, Timestamp.from(from), Timestamp.from(to));
        return count == null ? 0 : count;
    }

    private List<QueryCount> counts(String condition, Instant from, Instant to, int limit) {
        return jdbc.query("""
                select query, count(*) as searches, avg(hits) as hits, avg(took_ms) as took
                from search_query where searched_at >= ? and searched_at < ? %s
                group by query order by searches desc, query fetch first %d rows only""".formatted(condition, limit),
                (row, index) -> new QueryCount(row.getString("query"), row.getLong("searches"),
                        row.getDouble("hits"), row.getDouble("took")),
                Timestamp.from(from), Timestamp.from(to));
    }

    /** @param rescues what search did for it */
    public record RescuedQuery(String query, List<Rescue> rescues, long searches, double averageHits) {
    }

    /**
     * @param averageHits and {@code averageMillis}: over the query's searches
     */
    public record QueryCount(String query, long searches, double averageHits, double averageMillis) {
    }
}
