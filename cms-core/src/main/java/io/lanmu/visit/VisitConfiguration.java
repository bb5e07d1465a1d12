package io.lanmu.visit;

import io.lanmu.shared.TimedJob;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VisitProperties.class)
class VisitConfiguration {

    /** Counts go to the database, and past days are closed, at the interval of the settings. */
    @Bean
    TimedJob flushSchedule(VisitFlush flush, VisitProperties properties) {
        return new TimedJob(properties.flushInterval(), flush::flush);
    }

    @Bean
    TimedJob pastDaysSchedule(VisitFlush flush, VisitProperties properties) {
        return new TimedJob(properties.flushInterval(), flush::closePastDays);
    }
}
