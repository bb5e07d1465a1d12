package io.lanmu.item;

import io.lanmu.deadline.DeadlineProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowProperties.class)
class ItemConfiguration {

    /**
     * The workflow's jobs run at the intervals of their settings, only where timed jobs run at all. Each first
     * runs one interval after start, once the application is up.
     */
    @Configuration(proxyBeanMethods = false)
    static class WorkflowSchedule implements SchedulingConfigurer {

        private final WorkflowJobs jobs;
        private final WorkflowProperties workflow;
        private final DeadlineProperties deadlines;

        WorkflowSchedule(WorkflowJobs jobs, WorkflowProperties workflow, DeadlineProperties deadlines) {
            this.jobs = jobs;
            this.workflow = workflow;
            this.deadlines = deadlines;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(new FixedDelayTask(jobs::publishAndExpire, workflow.schedulerInterval(),
                    workflow.schedulerInterval()));
            registrar.addFixedDelayTask(new FixedDelayTask(jobs::watchDeadlines, deadlines.checkInterval(),
                    deadlines.checkInterval()));
        }
    }
}
