package io.lanmu.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lanmu.shared.Moments;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing. Failures are counted per account and client address, and per
 * address alone: after {@code lanmu.users.sign-in.failures-before-delay} failures for an account from
 * one address that pair waits 1 s, doubling with each further failure up to the maximum delay; after
 * {@code failures-per-address} failures from one address, every sign-in from it waits the same way.
 * Because the address is part of every key, a stranger elsewhere cannot lock staff out.
 * Counts live in memory (a bounded cache) and are forgotten a while after the last failure.
 */
@Component
class SignInThrottle {

    private final Cache<String, Failures> failures;
    private final UserProperties.SignIn settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SignInThrottle(UserProperties properties, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.settings = properties.signIn();
        this.events = events;
        this.clock = clock;
        // The attempt's own transaction rolls back on the refusal; the audit entry must stay.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.failures = Caffeine.newBuilder()
                .maximumSize(settings.maxTrackedKeys())
                .expireAfterWrite(settings.maxDelay().multipliedBy(4))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** Refuses with {@link TooManySignInAttempts} while the account from this address, or the address, waits. */
    void check(String username, String address) {
        Instant now = Moments.now(clock);
        Instant until = later(waitUntil(accountKey(username, address)), waitUntil(addressKey(address)));
        if (until != null && now.isBefore(until)) {
            throw new TooManySignInAttempts(Duration.between(now, until));
        }
    }

    /** Counts a wrong password, audits it, and audits the start of a wait once. */
    void failed(String username, String address, long userId) {
        Instant now = Moments.now(clock);
        Failures account = count(accountKey(username, address), settings.failuresBeforeDelay(), now);
        Failures fromAddress = count(addressKey(address), settings.failuresPerAddress(), now);
        ownTransaction.executeWithoutResult(status -> {
            events.publishEvent(new SignInFailed(userId, username, address, account.count(), now));
            if (account.waitUntil() != null) {
                events.publishEvent(new SignInThrottled(userId, username, address, account.waitUntil(), now));
            }
            if (fromAddress.waitUntil() != null) {
                events.publishEvent(new SignInThrottled(0, null, address, fromAddress.waitUntil(), now));
            }
        });
    }

    /** A right password clears the account's count from this address, not the address's own count. */
    void succeeded(String username, String address) {
        failures.invalidate(accountKey(username, address));
    }

    private Failures count(String key, int allowed, Instant now) {
        return failures.asMap().compute(key, (k, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            return new Failures(count, count < allowed ? null : now.plus(delayAfter(count - allowed)));
        });
    }

    private Duration delayAfter(int beyond) {
        // 1 s, 2 s, 4 s... capped; the shift is bounded so it never overflows.
        Duration delay = Duration.ofSeconds(1L << Math.min(beyond, 30));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private Instant waitUntil(String key) {
        Failures found = failures.getIfPresent(key);
        return found == null ? null : found.waitUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String username, String address) {
        return "account:" + normalized(username) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    static String normalized(String username) {
        return username == null ? "" : username.trim().toLowerCase();
    }

    /** How many failures a key has seen, and until when it waits ({@code null}: no wait). */
    private record Failures(int count, Instant waitUntil) {
    }
}
