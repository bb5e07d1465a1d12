package io.lanmu.testsupport;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a test context on a fresh in-memory H2 database of its own, migrated by Flyway.
 */
public class H2Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "lanmu-" + UUID.randomUUID();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("h2-test-database", Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "",
                "lanmu.test.database", "h2")));
    }
}
