package io.lanmu.search.indexing;

import io.lanmu.search.SearchProperties;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The index format check runs at the interval of {@code lanmu.search.format-check-interval}, only where timed jobs
 * run at all; the first check comes shortly after start rather than one interval later.
 */
@Configuration(proxyBeanMethods = false)
class IndexFormatSchedule implements SchedulingConfigurer {

    private static final Duration FIRST_CHECK_AFTER = Duration.ofSeconds(5);

    private final IndexFormatUpgrade upgrade;
    private final SearchProperties properties;

    IndexFormatSchedule(IndexFormatUpgrade upgrade, SearchProperties properties) {
        this.upgrade = upgrade;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(upgrade::upgradeIfOutdated, properties.formatCheckInterval(),
                FIRST_CHECK_AFTER));
    }
}
