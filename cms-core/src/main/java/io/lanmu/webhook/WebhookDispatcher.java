package io.lanmu.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries: a timed job, one instance at a time (ShedLock), each delivery of a run on a virtual thread
 * of its own so one slow receiver holds up no other, each bounded by {@code lanmu.webhooks.timeout}. Every attempt is
 * recorded; a failed one is tried again after a wait that doubles each time, until {@code max-attempts}. Redirects
 * are not followed (they could lead inward), and the address is checked again before each attempt.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 1000;
    /** Beyond an attempt's own limit, for recording it, before another instance may take the delivery. */
    private static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

    private final DeliveryRows deliveries;
    private final WebhookAddresses addresses;
    private final WebhookProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http;

    WebhookDispatcher(DeliveryRows deliveries, WebhookAddresses addresses, WebhookProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends every delivery due now (up to {@code batch-size}); returns when each has been tried. */
    @SchedulerLock(name = "lanmu.webhook-deliveries", lockAtMostFor = "PT1M")
    public void deliverDue() {
        Instant now = clock.instant();
        // The lock may run out before a slow run ends; taking each delivery first keeps a second instance from
        // sending it again meanwhile.
        Instant leaseUntil = now.plus(attemptLimit()).plus(LEASE_MARGIN);
        List<DeliveryRows.Due> due = deliveries.due(now, properties.batchSize()).stream()
                .filter(delivery -> deliveries.claim(delivery.delivery().id(), delivery.delivery().attempts(), now,
                        leaseUntil))
                .toList();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            due.forEach(delivery -> senders.execute(() -> attempt(delivery)));
        }
    }

    private void attempt(DeliveryRows.Due due) {
        Delivery delivery = due.delivery();
        int number = delivery.attempts() + 1;
        Instant attemptedAt = clock.instant();
        long started = System.nanoTime();
        String outcome;
        Integer code = null;
        String error = null;
        try {
            URI url = addresses.parse(due.url());
            addresses.requireAllowed(url);
            byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(url).timeout(properties.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Lanmu-Webhooks/1")
                    .header("Lanmu-Event", delivery.eventType())
                    .header("Lanmu-Event-Id", delivery.eventId())
                    .header("Lanmu-Delivery", String.valueOf(delivery.id()))
                    .header(WebhookSignature.HEADER,
                            WebhookSignature.header(due.secret(), attemptedAt.getEpochSecond(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            // The request's timeout ends at the answer's headers; a receiver trickling its body is cut off here.
            CompletableFuture<HttpResponse<Void>> sending = http.sendAsync(request,
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> response;
            try {
                response = sending.get(attemptLimit().toMillis(), TimeUnit.MILLISECONDS);
            }
            catch (TimeoutException slow) {
                sending.cancel(true);
                throw new IOException("No complete answer within " + attemptLimit().toSeconds() + " s", slow);
            }
            catch (ExecutionException failed) {
                throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause());
            }
            code = response.statusCode();
            outcome = code / 100 == 2 ? "SUCCEEDED" : "FAILED";
            error = code / 100 == 2 ? null : "The receiver answered " + code;
        }
        catch (WebhookAddressRefused refused) {
            outcome = "REFUSED";
            error = refused.getMessage();
        }
        catch (IOException | RuntimeException failed) {
            outcome = "FAILED";
            error = describe(failed);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            outcome = "FAILED";
            error = "Interrupted while sending";
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        record(delivery, new Delivery.Attempt(number, attemptedAt, outcome, code, millis, shorten(error)));
    }

    private void record(Delivery delivery, Delivery.Attempt attempt) {
        boolean done = attempt.outcome().equals("SUCCEEDED");
        boolean givenUp = !done && attempt.number() >= properties.maxAttempts();
        String status = done ? "DELIVERED" : givenUp ? "FAILED" : "PENDING";
        Instant next = done || givenUp ? null : attempt.attemptedAt().plus(properties.delayAfter(attempt.number()));
        transactions.executeWithoutResult(tx -> deliveries.recordAttempt(delivery.id(), attempt, status, next));
        if (givenUp) {
            log.warn("Gave up webhook delivery {} to webhook {} after {} attempts: {}", delivery.id(),
                    delivery.webhookId(), attempt.number(), attempt.error());
        }
    }

    /** Longest one attempt takes: connecting and the headers, then the body. */
    private Duration attemptLimit() {
        return properties.timeout().multipliedBy(2);
    }

    /** The failure and its causes, since a refused connection says nothing more than its class. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < MAX_ERROR; cause = cause.getCause()) {
            text.append(text.isEmpty() ? "" : ": ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(" (").append(cause.getMessage()).append(')');
            }
        }
        return text.toString();
    }

    private static String shorten(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
