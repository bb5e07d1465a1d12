package io.lanmu.shared;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Time and cluster-safe timed jobs, shared by every module.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
@EnableSchedulerLock(defaultLockAtMostFor = "PT1M")
@PropertySource("classpath:io/lanmu/core-defaults.properties")
class InfrastructureConfiguration {

    @Bean
    ReplayableClock clock() {
        return new ReplayableClock(Clock.systemUTC());
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        // The database's clock, not each instance's, decides when a lock runs out.
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Timed jobs run unless switched off ({@code lanmu.scheduling.enabled=false}), as tests do. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "lanmu.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduling {
    }
}
