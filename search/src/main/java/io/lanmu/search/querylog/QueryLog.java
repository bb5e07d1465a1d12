package io.lanmu.search.querylog;

import io.lanmu.search.Rescue;
import io.lanmu.search.SearchProperties;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records public queries for the quarterly report: the normalised text, how many hits it had, how
 * long it took and which help it needed ({@link Rescue}) — nothing about who asked. Entries are buffered and written in batches, so a search
 * never waits for the database.
 */
@Component
public class QueryLog {

    // A burst beyond this is dropped rather than allowed to eat memory; the report is statistics.
    private static final int MAX_BUFFERED = 50_000;

    private final JdbcTemplate jdbc;
    private final SearchProperties properties;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Entry> buffer = new ConcurrentLinkedQueue<>();
    private final AtomicInteger buffered = new AtomicInteger();

    QueryLog(JdbcTemplate jdbc, SearchProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public void record(String query, long hits, long tookMillis) {
        record(query, hits, tookMillis, Set.of());
    }

    /** @param rescues what search did beyond matching the words as typed */
    public void record(String query, long hits, long tookMillis, Set<Rescue> rescues) {
        String normalized = QueryNormalizer.normalize(query);
        if (!properties.queryLog() || normalized.isEmpty() || buffered.get() >= MAX_BUFFERED) {
            return;
        }
        String rescued = rescues.isEmpty() ? null
                : rescues.stream().sorted().map(Rescue::name).collect(Collectors.joining(","));
        buffer.add(new Entry(normalized, hits, tookMillis, clock.instant(), rescued));
        buffered.incrementAndGet();
    }

    /** Writes what is buffered; runs every few seconds and when the application stops. */
    @Scheduled(fixedDelayString = "PT5S")
    @PreDestroy
    public void flush() {
        List<Entry> batch = new ArrayList<>();
        for (Entry entry = buffer.poll(); entry != null; entry = buffer.poll()) {
            buffered.decrementAndGet();
            batch.add(entry);
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate("insert into search_query (query, hits, took_ms, searched_at, rescues) values (?, ?, ?, ?, ?)", batch,
                    500, (statement, entry) -> {
                        statement.setString(1, entry.query());
                        statement.setLong(2, entry.hits());
                        statement.setLong(3, entry.tookMillis());
                        statement.setTimestamp(4, Timestamp.from(entry.at()));
                        statement.setString(5, entry.rescues());
                    });
        }
    }

    private record Entry(String query, long hits, long tookMillis, Instant at, String rescues) {
    }
}
