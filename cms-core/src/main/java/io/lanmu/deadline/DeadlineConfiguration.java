package io.lanmu.deadline;

import io.lanmu.shared.TimedJob;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {

    /** The deadline watch, at the interval of its setting. */
    @Bean
    TimedJob deadlineSchedule(DeadlineJobs jobs, DeadlineProperties deadlines) {
        return new TimedJob(deadlines.checkInterval(), jobs::watchDeadlines);
    }
}
