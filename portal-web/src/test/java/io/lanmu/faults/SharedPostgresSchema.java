package io.lanmu.faults;

import io.lanmu.testsupport.PostgresDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One fresh PostgreSQL schema for several application instances, as a cluster shares its database. The first
 * instance to start migrates it; {@link #drop()} removes it once every instance has stopped.
 */
final class SharedPostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final String schema = "lanmu_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("shared-postgres-schema", Map.copyOf(settings())));
    }

    /** The settings that put an instance on this schema. */
    Map<String, String> settings() {
        return Map.of("spring.datasource.url", url(), "spring.datasource.username", PostgresDatabase.USER,
                "spring.datasource.password", PostgresDatabase.PASSWORD, "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true");
    }

    String url() {
        return PostgresDatabase.URL + (PostgresDatabase.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(PostgresDatabase.URL, PostgresDatabase.USER,
                PostgresDatabase.PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }
}
