package io.lanmu.user;

import java.time.Instant;

/**
 * Sign-ins began to wait after too many failures: for one account from one address, or (without a
 * username) for everything from one address. Recorded once per wait, not for every refused attempt.
 *
 * @param userId the account, 0 for an address-wide wait or an unknown account
 */
public record SignInThrottled(long userId, String username, String clientAddress, Instant waitUntil,
        Instant occurredAt) implements SignInEvent {

    @Override
    public String comment() {
        return "until " + waitUntil;
    }
}
