package io.lanmu.visit;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The salt of each day's visitor hashes: random, made by whichever instance needs it first and shared through
 * {@code visit_salt}, so a visitor counts once a day whichever instance they reach. Held in memory for the day: the
 * database is asked once per day and instance (the flush asks first, so requests rarely do), and the row is deleted
 * once the day is over, after which no hash of that day can be traced back to an address.
 */
@Component
class DailySalts {

    private static final Duration BACK_OFF = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();
    /** The salts of the newest two days asked for: today's, and yesterday's for views still arriving at midnight. */
    private final Map<LocalDate, byte[]> recent = new ConcurrentHashMap<>();
    private final ReentrantLock loading = new ReentrantLock();
    private volatile long failedAt = System.nanoTime() - BACK_OFF.toNanos();

    DailySalts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The day's salt, read or made in the database if need be: for the flush, which may wait. */
    byte[] of(LocalDate day) {
        byte[] salt = recent.get(day);
        if (salt != null) {
            return salt;
        }
        loading.lock();
        try {
            return load(day);
        }
        finally {
            loading.unlock();
        }
    }

    /**
     * The day's salt for a request, or {@code null} when it is not at hand: a request never waits for another's
     * reading, nor asks a database that failed in the last {@link #BACK_OFF}, so counting cannot hold pages up (the
     * view still counts, only not its visitor).
     */
    byte[] forRequest(LocalDate day) {
        byte[] salt = recent.get(day);
        if (salt != null || System.nanoTime() - failedAt < BACK_OFF.toNanos() || !loading.tryLock()) {
            return salt;
        }
        try {
            return load(day);
        }
        catch (DataAccessException e) {
            failedAt = System.nanoTime();
            return null;
        }
        finally {
            loading.unlock();
        }
    }

    private byte[] load(LocalDate day) {
        byte[] known = recent.get(day);
        if (known != null) {
            return known;
        }
        List<String> stored = read(day);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                jdbc.update("insert into visit_salt (on_day, salt) values (?, ?)", day, HexFormat.of().formatHex(fresh));
            }
            catch (DuplicateKeyException anotherInstanceWasFirst) {
                // Its salt is the day's: read below.
            }
            stored = read(day);
        }
        byte[] bytes = HexFormat.of().parseHex(stored.getFirst());
        recent.keySet().removeIf(kept -> Math.abs(ChronoUnit.DAYS.between(kept, day)) > 1);
        recent.put(day, bytes);
        return bytes;
    }

    /** Deletes the salts of the days before {@code today}. */
    void deleteBefore(LocalDate today) {
        recent.keySet().removeIf(day -> day.isBefore(today));
        jdbc.update("delete from visit_salt where on_day < ?", today);
    }

    private List<String> read(LocalDate day) {
        return jdbc.queryForList("select salt from visit_salt where on_day = ?", String.class, day);
    }
}
