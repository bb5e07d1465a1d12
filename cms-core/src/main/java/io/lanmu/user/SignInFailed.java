package io.lanmu.user;

import java.time.Instant;

/**
 * A wrong password (or an unknown or disabled account) was given. The actor is whoever tried: known
 * only by the client address.
 *
 * @param userId the account tried, 0 if no account has that name
 * @param failures how many failures in a row this account has seen from this address
 */
public record SignInFailed(long userId, String username, String clientAddress, int failures, Instant occurredAt)
        implements SignInEvent {
}
