package io.lanmu.visit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisitProperties.class)
class VisitConfiguration {

    /** Counts go to the database at the interval of the settings, only where timed jobs run at all. */
    @Configuration(proxyBeanMethods = false)
    static class FlushSchedule implements SchedulingConfigurer {

        private final VisitFlush flush;
        private final VisitProperties properties;

        FlushSchedule(VisitFlush flush, VisitProperties properties) {
            this.flush = flush;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(new FixedDelayTask(flush::flush, properties.flushInterval(),
                    properties.flushInterval()));
            registrar.addFixedDelayTask(new FixedDelayTask(flush::closePastDays, properties.flushInterval(),
                    properties.flushInterval()));
        }
    }
}
