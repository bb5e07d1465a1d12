package io.lanmu.deadline;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * The deadline watch as a timed job, scheduled by {@link DeadlineConfiguration}. ShedLock lets one application
 * instance at a time run it; a lock held by a killed instance runs out after a minute.
 */
@Component
class DeadlineJobs {

    private final DeadlineWatch watch;

    DeadlineJobs(DeadlineWatch watch) {
        this.watch = watch;
    }

    @SchedulerLock(name = "lanmu.deadline-watch", lockAtMostFor = "PT1M")
    public void watchDeadlines() {
        watch.check();
    }
}
