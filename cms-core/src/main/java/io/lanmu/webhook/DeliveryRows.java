package io.lanmu.webhook;

import static io.lanmu.webhook.WebhookRows.at;
import static io.lanmu.webhook.WebhookRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code webhook_delivery} and {@code webhook_attempt} tables. */
@Repository
class DeliveryRows {

    private static final String COLUMNS = "d.id, d.webhook_id, d.event_id, d.event_type, d.status, d.attempts, "
            + "d.next_attempt_at, d.created_at, d.completed_at, d.payload";

    private final JdbcClient jdbc;

    DeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long webhookId, String eventId, WebhookEvent event, String payload, Instant now) {
        jdbc.sql("insert into webhook_delivery (webhook_id, event_id, event_type, payload, status, attempts, "
                + "next_attempt_at, created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .params(webhookId, eventId, event.type(), payload, at(now), at(now)).update();
    }

    /** Pending deliveries due by {@code now} to enabled webhooks, oldest first, with where and how to send them. */
    List<Due> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + ", w.url, w.secret from webhook_delivery d join webhook w "
                + "on w.id = d.webhook_id where d.status = 'PENDING' and d.next_attempt_at <= ? and w.enabled = true "
                + "order by d.next_attempt_at, d.id fetch first ? rows only")
                .params(at(now), limit)
                .query((row, number) -> new Due(delivery(row, List.of()), row.getString("url"),
                        row.getString("secret")))
                .list();
    }

    /**
     * Takes a due delivery for one attempt: of several instances that read it as due, exactly one gets {@code true}.
     * Until its attempt is recorded it is not due again before {@code leaseUntil}, when another instance sends it
     * should the one that took it have stopped mid-attempt.
     */
    boolean claim(long deliveryId, int attempts, Instant now, Instant leaseUntil) {
        return jdbc.sql("update webhook_delivery set next_attempt_at = ? where id = ? and status = 'PENDING' "
                + "and attempts = ? and next_attempt_at <= ?")
                .params(at(leaseUntil), deliveryId, attempts, at(now)).update() == 1;
    }

    /** The newest deliveries of a webhook, each with its attempts. */
    List<Delivery> ofWebhook(long webhookId, int limit) {
        List<Delivery> deliveries = jdbc.sql("select " + COLUMNS + " from webhook_delivery d where d.webhook_id = ? "
                + "order by d.id desc fetch first ? rows only").params(webhookId, limit)
                .query((row, number) -> delivery(row, List.of())).list();
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        long oldest = deliveries.getLast().id();
        Map<Long, List<Delivery.Attempt>> attempts = jdbc.sql("select a.delivery_id, a.number, a.attempted_at, "
                + "a.outcome, a.response_code, a.duration_ms, a.error from webhook_attempt a join webhook_delivery d "
                + "on d.id = a.delivery_id where d.webhook_id = ? and d.id >= ? order by a.number")
                .params(webhookId, oldest)
                .query((row, number) -> Map.entry(row.getLong("delivery_id"), attempt(row))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return deliveries.stream().map(d -> new Delivery(d.id(), d.webhookId(), d.eventId(), d.eventType(),
                d.status(), d.attempts(), d.nextAttemptAt(), d.createdAt(), d.completedAt(), d.payload(),
                attempts.getOrDefault(d.id(), List.of()))).toList();
    }

    /** Records one attempt and what follows from it; {@code nextAttemptAt} null means the delivery is done. */
    void recordAttempt(long deliveryId, Delivery.Attempt attempt, String status, Instant nextAttemptAt) {
        jdbc.sql("insert into webhook_attempt (delivery_id, number, attempted_at, outcome, response_code, duration_ms, "
                + "error) values (?, ?, ?, ?, ?, ?, ?)")
                .params(deliveryId, attempt.number(), at(attempt.attemptedAt()), attempt.outcome(),
                        attempt.responseCode(), attempt.durationMillis(), attempt.error())
                .update();
        jdbc.sql("update webhook_delivery set attempts = ?, status = ?, next_attempt_at = ?, completed_at = ? "
                + "where id = ?")
                .params(attempt.number(), status, at(nextAttemptAt),
                        nextAttemptAt == null ? at(attempt.attemptedAt()) : null, deliveryId)
                .update();
    }

    private static Delivery delivery(ResultSet row, List<Delivery.Attempt> attempts) throws SQLException {
        return new Delivery(row.getLong("id"), row.getLong("webhook_id"), row.getString("event_id"),
                row.getString("event_type"), row.getString("status"), row.getInt("attempts"),
                instant(row, "next_attempt_at"), instant(row, "created_at"), instant(row, "completed_at"),
                row.getString("payload"), attempts);
    }

    private static Delivery.Attempt attempt(ResultSet row) throws SQLException {
        return new Delivery.Attempt(row.getInt("number"), instant(row, "attempted_at"), row.getString("outcome"),
                row.getObject("response_code", Integer.class), row.getLong("duration_ms"), row.getString("error"));
    }

    /** A delivery to send, with its webhook's address and secret as they are now. */
    record Due(Delivery delivery, String url, String secret) {
    }
}
