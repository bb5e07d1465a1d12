package io.lanmu.web.cache;

import io.lanmu.web.WebProperties;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How instances sharing a database tell each other that the site changed: each change counts up the one row of
 * {@code site_version}, and every instance looks at that row on a thread of its own and starts a new generation of
 * kept answers when it moved. The count runs after the change committed, in the background lane, with its event in
 * the publication registry, so it happens even if this instance stops right after the commit.
 *
 * <p>A thread of its own rather than a timed job: timed jobs can be switched off ({@code lanmu.scheduling.enabled}),
 * and an instance that kept answers without looking would serve them stale until {@code max-age}. The thread is never
 * interrupted (an interrupt closes the file channels of an embedded H2 database); it is woken to stop instead.
 */
@Component
class SiteVersion implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SiteVersion.class);

    private final JdbcTemplate jdbc;
    private final StoredPages pages;
    private final Duration interval;
    private final boolean enabled;
    private volatile boolean running;
    private volatile Thread poller;
    private volatile boolean failing;
    /** The count this instance has acted on; {@code Long.MIN_VALUE} until it is first read. */
    private final AtomicLong seen = new AtomicLong(Long.MIN_VALUE);

    SiteVersion(JdbcTemplate jdbc, StoredPages pages, WebProperties properties) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.interval = properties.pageCache().pollInterval();
        this.enabled = properties.pageCache().enabled();
    }

    @Async
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SiteChanged event) {
        jdbc.update("update site_version set version = version + 1 where id = 1");
        long version = current();
        // This instance started its new generation when the change committed; only a count that moved further
        // (another instance published meanwhile) is news for the poller.
        seen.compareAndSet(version - 1, version);
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        poller = Thread.ofPlatform().daemon().name("lanmu-site-version").start(this::poll);
    }

    private void poll() {
        while (running) {
            try {
                long version = current();
                long before = seen.getAndSet(version);
                if (before != Long.MIN_VALUE && before != version) {
                    pages.startNewGeneration();
                }
                reportRecovered();
            }
            catch (DataAccessException failure) {
                reportFailure(failure);
            }
            LockSupport.parkNanos(interval.toNanos());
        }
    }

    private long current() {
        Long version = jdbc.queryForObject("select version from site_version where id = 1", Long.class);
        return version == null ? 0 : version;
    }

    private void reportFailure(DataAccessException failure) {
        // Once per outage: the database being away is reported by the health check already.
        if (!failing) {
            failing = true;
            log.warn("Cannot read site_version; answers kept in memory may stay until lanmu.web.page-cache.max-age: {}",
                    failure.toString());
        }
    }

    private void reportRecovered() {
        if (failing) {
            failing = false;
            log.info("Reading site_version again");
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = poller;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
