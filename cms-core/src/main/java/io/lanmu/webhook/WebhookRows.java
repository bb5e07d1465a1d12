package io.lanmu.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code webhook} table. */
@Repository
class WebhookRows {

    private static final String COLUMNS = "id, url, events, description, enabled, secret, created_at, updated_at";

    private final JdbcClient jdbc;

    WebhookRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Webhook> all() {
        return jdbc.sql("select " + COLUMNS + " from webhook order by id").query(WebhookRows::webhook).list();
    }

    Optional<Webhook> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from webhook where id = ?").param(id).query(WebhookRows::webhook)
                .optional();
    }

    List<Webhook> enabled() {
        return jdbc.sql("select " + COLUMNS + " from webhook where enabled = true order by id")
                .query(WebhookRows::webhook).list();
    }

    long insert(String url, Set<WebhookEvent> events, String description, boolean enabled, String secret,
            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into webhook (url, events, description, enabled, secret, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(url, names(events), description, enabled, secret, at(now), at(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void update(long id, String url, Set<WebhookEvent> events, String description, boolean enabled, Instant now) {
        jdbc.sql("update webhook set url = ?, events = ?, description = ?, enabled = ?, updated_at = ? where id = ?")
                .params(url, names(events), description, enabled, at(now), id).update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from webhook where id = ?").param(id).update() > 0;
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String names(Set<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::type).sorted().collect(Collectors.joining(","));
    }

    private static Webhook webhook(ResultSet row, int number) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(row.getString("events").split(",")).map(WebhookEvent::ofType).flatMap(Optional::stream)
                .forEach(events::add);
        return new Webhook(row.getLong("id"), row.getString("url"), events, row.getString("description"),
                row.getBoolean("enabled"), row.getString("secret"), instant(row, "created_at"),
                instant(row, "updated_at"));
    }
}
