package io.lanmu.faults;

import io.lanmu.testsupport.PostgresDatabase;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL, in a fresh schema of the test's. */
class KilledDuringApprovalsOnPostgresTest extends KilledDuringApprovalsTests {

    private final SharedPostgresSchema schema = new SharedPostgresSchema();

    @AfterEach
    void dropSchema() throws SQLException {
        schema.drop();
    }

    @Override
    Map<String, String> database() {
        return schema.settings();
    }

    @Override
    JdbcTemplate openDatabase() {
        return jdbc(schema.url(), PostgresDatabase.USER, PostgresDatabase.PASSWORD);
    }
}
