package io.lanmu.item;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;

/**
 * The workflow's timed work, scheduled by {@link ItemConfiguration} at the intervals of the settings. ShedLock
 * lets one application instance at a time run each job; the per-item optimistic locking in
 * {@link ScheduledPublishing} keeps it exactly-once even if a lock expires while a slow run is still going.
 *
 * <p>A lock held by an instance that was killed stays until it runs out: one minute, so that another instance
 * takes over soon after, and still far longer than a run over a day's items takes.
 */
@Component
class WorkflowJobs {

    private final ScheduledPublishing publishing;

    WorkflowJobs(ScheduledPublishing publishing) {
        this.publishing = publishing;
    }

    @SchedulerLock(name = "lanmu.scheduled-publishing", lockAtMostFor = "PT1M")
    public void publishAndExpire() {
        publishing.publishDue();
        publishing.expireDue();
    }
}
