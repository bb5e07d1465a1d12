package io.lanmu.deadline;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Moments;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warns before items fall due and flags them when they are late, once per publication cycle. The
 * events it raises land in the audit trail and reach anyone listening.
 */
@Service
public class DeadlineWatch {

    private final WatchedItems items;
    private final DeadlineProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineWatch(WatchedItems items, DeadlineProperties properties, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many warnings and late flags this check raised. */
    public int check() {
        Instant now = Moments.now(clock);
        int raised = 0;
        for (Long id : items.idsToWatch(now.plus(properties.warnBefore()))) {
            try {
                raised += transactions.execute(status -> items.find(id).map(item -> check(item, now)).orElse(0));
            }
            catch (OptimisticLockingFailureException e) {
                // Somebody changed the item meanwhile; the next check looks at it again.
            }
        }
        return raised;
    }

    private int check(WatchedItems.WatchedItem item, Instant now) {
        PublicationCycle cycle = item.cycle();
        int raised = 0;
        if (cycle.warnIfDueSoon(now, properties.warnBefore())) {
            events.publishEvent(new DeadlineApproaching(item.itemId(), item.columnId(), item.category(),
                    cycle.getDueAt(), Actor.SYSTEM.userId(), Actor.SYSTEM.username(), now));
            raised++;
        }
        if (cycle.flagIfOverdue(now, properties.warnBefore())) {
            events.publishEvent(new DeadlineMissed(item.itemId(), item.columnId(), item.category(),
                    cycle.getDueAt(), Actor.SYSTEM.userId(), Actor.SYSTEM.username(), now));
            raised++;
        }
        return raised;
    }
}
