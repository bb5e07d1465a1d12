package io.lanmu.item;

import io.lanmu.shared.TimedJob;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkflowProperties.class)
class ItemConfiguration {

    /** Scheduled publications and expiries, at the interval of their setting. */
    @Bean
    TimedJob workflowSchedule(WorkflowJobs jobs, WorkflowProperties workflow) {
        return new TimedJob(workflow.schedulerInterval(), jobs::publishAndExpire);
    }
}
