package io.lanmu.item;

import io.lanmu.shared.Moments;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out scheduled publications and expiries whose time has come. Each item is handled in a
 * transaction of its own under optimistic locking: when two application instances reach the same
 * item, one commits and the other's update finds a newer version and is rolled back, so every
 * publication and expiry happens exactly once.
 */
@Service
public class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final Items items;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduledPublishing(Items items, PlatformTransactionManager transactions, Clock clock) {
        this.items = items;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Publishes every scheduled item that is due; returns how many this call published. */
    public int publishDue() {
        Instant now = Moments.now(clock);
        return (int) items.findIdsDueForPublication(now).stream().filter(inOwnTransaction(id -> {
            Item item = items.findById(id).orElse(null);
            if (item == null || item.getStatus() != ItemStatus.SCHEDULED
                    || !item.getSchedule().isDueForPublicationAt(now)) {
                return false;
            }
            item.publishScheduled(now);
            items.save(item);
            return true;
        })).count();
    }

    /** Takes every item whose expiry time has come offline; returns how many this call expired. */
    public int expireDue() {
        Instant now = Moments.now(clock);
        return (int) items.findIdsDueForExpiry(now).stream().filter(inOwnTransaction(id -> {
            Item item = items.findById(id).orElse(null);
            if (item == null || !item.isLive() || !item.getSchedule().expiresBy(now)) {
                return false;
            }
            item.expire(now);
            items.save(item);
            return true;
        })).count();
    }

    private Predicate<Long> inOwnTransaction(Predicate<Long> step) {
        return id -> {
            try {
                return Boolean.TRUE.equals(transactions.execute(status -> step.test(id)));
            }
            catch (OptimisticLockingFailureException e) {
                log.debug("Item {} was handled by another instance", id);
                return false;
            }
        };
    }
}
