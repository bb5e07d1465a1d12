package io.lanmu.visit;

import io.lanmu.shared.SiteProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what this instance counted, in batches, on a timed job and once more when the instance stops: every
 * instance flushes its own counts (no lock). Closing past days is one instance's work (ShedLock): the salts of days
 * that are over are deleted, and the visitor hashes of the day before yesterday and earlier (late flushes of other
 * instances have long arrived) are replaced by their count.
 */
@Component
public class VisitFlush implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VisitFlush.class);

    private final VisitTally tally;
    private final VisitRows rows;
    private final DailySalts salts;
    private final SiteProperties site;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private volatile boolean running;

    VisitFlush(VisitTally tally, VisitRows rows, DailySalts salts, SiteProperties site, Clock clock,
            TransactionTemplate transactions) {
        this.tally = tally;
        this.rows = rows;
        this.salts = salts;
        this.site = site;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Writes the counts held in memory; what cannot be written now is kept for the next time. */
    public void flush() {
        List<VisitTally.Counted<VisitTally.ViewKey>> views = tally.takeViews();
        try {
            rows.addViews(views);
        }
        catch (DataAccessException failure) {
            tally.giveBackViews(views);
            log.warn("Could not write page views; kept for the next flush: {}", failure.toString());
        }
        List<VisitTally.Counted<VisitTally.ReferrerKey>> referrers = tally.takeReferrers();
        try {
            rows.addReferrers(referrers);
        }
        catch (DataAccessException failure) {
            tally.giveBackReferrers(referrers);
        }
        for (Map.Entry<LocalDate, List<String>> day : tally.takeVisitors().entrySet()) {
            try {
                rows.addVisitors(day.getKey(), day.getValue());
            }
            catch (DataAccessException failure) {
                tally.giveBackVisitors(day.getKey(), day.getValue());
            }
        }
        prepareSalts();
    }

    /** Today's and tomorrow's salts fetched here, so that no visitor, not even the first after midnight, waits. */
    private void prepareSalts() {
        try {
            salts.of(today());
            salts.of(today().plusDays(1));
        }
        catch (DataAccessException failure) {
            log.debug("Could not read the salts of visitor hashes", failure);
        }
    }

    /** Deletes the salts of past days and counts up the visitors of days that can no longer change. */
    @SchedulerLock(name = "lanmu.visit-days", lockAtMostFor = "PT1M")
    public void closePastDays() {
        LocalDate today = today();
        salts.deleteBefore(today);
        for (LocalDate day : rows.visitorDaysBefore(today.minusDays(1))) {
            transactions.executeWithoutResult(tx -> rows.countUpVisitors(day));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), site.timeZone());
    }

    @Override
    public void start() {
        running = true;
        prepareSalts();
    }

    /** The last counts of a stopping instance are written before the database goes. */
    @Override
    public void stop() {
        running = false;
        try {
            flush();
        }
        catch (RuntimeException failure) {
            log.warn("Could not write the last page views: {}", failure.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server, so the views of requests finishing during a graceful shutdown are written too. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
