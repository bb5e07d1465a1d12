package io.lanmu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.testsupport.PostgresDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Publications waiting in the event registry when Lanmu is upgraded over the release that moved a listener and two
 * event types to other modules: on H2 and on PostgreSQL, Flyway migrates a database written by the release before
 * and each waiting publication names what answers to it now.
 */
class MovedEventsMigrationTest {

    private static final String OLD_ATTACHMENT_LISTENER =
            "io.lanmu.search.indexing.AttachmentTextListener.on(io.lanmu.attachment.AttachmentStored)";
    private static final String NEW_ATTACHMENT_LISTENER =
            "io.lanmu.attachment.AttachmentTextReading.on(io.lanmu.attachment.AttachmentStored)";
    private static final String SEARCH_ITEM_LISTENER =
            "io.lanmu.search.indexing.ItemIndexing.on(io.lanmu.item.ItemEvent)";
    private static final String AUDIT_LISTENER = "io.lanmu.audit.AuditTrail.on(io.lanmu.shared.DomainEvent)";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void waitingPublicationsFollowTheListenerAndTheEventTypesThatMoved(String vendor) throws SQLException {
        String schema = "moved_events_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = "h2".equals(vendor) ? "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1" : PostgresDatabase.URL;
        String user = "h2".equals(vendor) ? "sa" : PostgresDatabase.USER;
        String password = "h2".equals(vendor) ? "" : PostgresDatabase.PASSWORD;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if ("postgresql".equals(vendor)) {
                execute(connection, "create schema " + schema);
                connection.setSchema(schema);
            }
            try {
                // The core's last migration before the move (the search and portal modules' own come in between).
                flyway(url, user, password, schema, vendor).target("3").load().migrate();
                UUID attachment = waiting(connection, "io.lanmu.attachment.AttachmentStored", OLD_ATTACHMENT_LISTENER);
                UUID missedForSearch = waiting(connection, "io.lanmu.item.DeadlineMissed", SEARCH_ITEM_LISTENER);
                UUID missedForAudit = waiting(connection, "io.lanmu.item.DeadlineMissed", AUDIT_LISTENER);
                UUID approachingForAudit = waiting(connection, "io.lanmu.item.DeadlineApproaching", AUDIT_LISTENER);

                flyway(url, user, password, schema, vendor).load().migrate();

                assertThat(read(connection, attachment, "listener_id")).isEqualTo(NEW_ATTACHMENT_LISTENER);
                assertThat(read(connection, attachment, "completion_date")).isNull();
                assertThat(exists(connection, missedForSearch)).as("search's share, which nothing answers now").isFalse();
                assertThat(read(connection, missedForAudit, "event_type")).isEqualTo("io.lanmu.deadline.DeadlineMissed");
                assertThat(read(connection, missedForAudit, "completion_date")).isNull();
                assertThat(read(connection, approachingForAudit, "event_type"))
                        .isEqualTo("io.lanmu.deadline.DeadlineApproaching");
            }
            finally {
                execute(connection, "h2".equals(vendor) ? "drop all objects" : "drop schema " + schema + " cascade");
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user,
            String password, String schema, String vendor) {
        var configuration = Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        return "postgresql".equals(vendor) ? configuration.schemas(schema) : configuration;
    }

    private static UUID waiting(Connection connection, String eventType, String listenerId) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
                    completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 1)""")) {
            insert.setObject(1, id);
            insert.setString(2, eventType);
            insert.setString(3, listenerId);
            insert.setObject(4, OffsetDateTime.now());
            insert.setString(5, "{\"itemId\": 1}");
            insert.executeUpdate();
        }
        return id;
    }

    private static boolean exists(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from event_publication where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Object read(Connection connection, UUID id, String column) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + column + " from event_publication where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
