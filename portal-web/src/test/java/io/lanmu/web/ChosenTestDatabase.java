package io.lanmu.web;

import io.lanmu.testsupport.H2Database;
import io.lanmu.testsupport.PostgresDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database API tests run on: a fresh in-memory H2 by default, a fresh PostgreSQL schema when the system property
 * {@code lanmu.test.database} says {@code postgresql} (the pom's second test run over the API tests sets it).
 */
public class ChosenTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if ("postgresql".equals(System.getProperty("lanmu.test.database", "h2"))) {
            new PostgresDatabase().initialize(context);
        }
        else {
            new H2Database().initialize(context);
        }
    }
}
