package io.lanmu.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs a test context on the real PostgreSQL server, in a schema of its own that Flyway creates and
 * that is dropped when the context closes. Concurrent runs (a developer and CI on one machine) never
 * see each other's data.
 *
 * <p>The server comes from {@code LANMU_TEST_POSTGRES_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test}), {@code LANMU_TEST_POSTGRES_USER} (default: the OS user) and
 * {@code LANMU_TEST_POSTGRES_PASSWORD}. A missing server fails the tests: they are never skipped.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL = env("LANMU_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("LANMU_TEST_POSTGRES_USER", System.getProperty("user.name"));
    public static final String PASSWORD = env("LANMU_TEST_POSTGRES_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String schema = "lanmu_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        String separator = URL.contains("?") ? "&" : "?";
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database", Map.of(
                "spring.datasource.url", URL + separator + "currentSchema=" + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true",
                "lanmu.test.database", "postgresql")));
        // Registered first, destroyed last: after background work and the connection pool have let go of it.
        context.getBeanFactory().registerSingleton("postgresTestSchemaRemoval",
                (DisposableBean) () -> dropSchema(schema));
    }

    private static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
        catch (SQLException e) {
            // Leaving a test schema behind is untidy, not wrong: the next run uses a new one.
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
