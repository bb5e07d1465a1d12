package io.lanmu.item;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The workflow's timed work. ShedLock lets one application instance at a time run each job; the
 * per-item optimistic locking in {@link ScheduledPublishing} keeps it exactly-once even if a lock
 * expires while a slow run is still going.
 */
@Component
class WorkflowJobs {

    private final ScheduledPublishing publishing;
    private final DeadlineWatch deadlines;

    WorkflowJobs(ScheduledPublishing publishing, DeadlineWatch deadlines) {
        this.publishing = publishing;
        this.deadlines = deadlines;
    }

    @Scheduled(fixedDelayString = "${lanmu.workflow.scheduler-interval:PT10S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "lanmu.scheduled-publishing", lockAtMostFor = "PT10M")
    void publishAndExpire() {
        publishing.publishDue();
        publishing.expireDue();
    }

    @Scheduled(fixedDelayString = "${lanmu.deadlines.check-interval:PT1M}", initialDelayString = "PT10S")
    @SchedulerLock(name = "lanmu.deadline-watch", lockAtMostFor = "PT10M")
    void watchDeadlines() {
        deadlines.check();
    }
}
