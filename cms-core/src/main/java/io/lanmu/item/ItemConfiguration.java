package io.lanmu.item;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowProperties.class)
class ItemConfiguration {

    /**
     * The workflow's job runs at the interval of its setting, only where timed jobs run at all. It first
     * runs one interval after start, once the application is up.
     */
    @Configuration(proxyBeanMethods = false)
    static class WorkflowSchedule implements SchedulingConfigurer {

        private final WorkflowJobs jobs;
        private final WorkflowProperties workflow;

        WorkflowSchedule(WorkflowJobs jobs, WorkflowProperties workflow) {
            this.jobs = jobs;
            this.workflow = workflow;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(new FixedDelayTask(jobs::publishAndExpire, workflow.schedulerInterval(),
                    workflow.schedulerInterval()));
        }
    }
}
