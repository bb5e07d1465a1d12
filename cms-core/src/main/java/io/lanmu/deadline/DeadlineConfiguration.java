package io.lanmu.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {

    /**
     * The deadline watch runs at the interval of its setting, only where timed jobs run at all. It first runs
     * one interval after start, once the application is up.
     */
    @Configuration(proxyBeanMethods = false)
    static class DeadlineSchedule implements SchedulingConfigurer {

        private final DeadlineJobs jobs;
        private final DeadlineProperties deadlines;

        DeadlineSchedule(DeadlineJobs jobs, DeadlineProperties deadlines) {
            this.jobs = jobs;
            this.deadlines = deadlines;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(new FixedDelayTask(jobs::watchDeadlines, deadlines.checkInterval(),
                    deadlines.checkInterval()));
        }
    }
}
