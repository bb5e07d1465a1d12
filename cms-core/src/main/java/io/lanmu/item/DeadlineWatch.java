package io.lanmu.item;

import io.lanmu.deadline.DeadlineProperties;
import io.lanmu.shared.Moments;
import java.time.Clock;
import java.time.Instant;
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

    private final Items items;
    private final DeadlineProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DeadlineWatch(Items items, DeadlineProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.items = items;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Returns how many warnings and late flags this check raised. */
    public int check() {
        Instant now = Moments.now(clock);
        int raised = 0;
        for (Long id : items.findIdsWithDeadlineBefore(now.plus(properties.warnBefore()))) {
            try {
                raised += transactions.execute(status -> items.findById(id).map(item -> {
                    int count = (item.warnIfDueSoon(now, properties.warnBefore()) ? 1 : 0)
                            + (item.flagIfOverdue(now, properties.warnBefore()) ? 1 : 0);
                    items.save(item);
                    return count;
                }).orElse(0));
            }
            catch (OptimisticLockingFailureException e) {
                // Somebody changed the item meanwhile; the next check looks at it again.
            }
        }
        return raised;
    }
}
