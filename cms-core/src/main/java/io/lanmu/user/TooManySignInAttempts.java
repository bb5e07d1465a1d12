package io.lanmu.user;

import io.lanmu.shared.LanmuException;
import java.time.Duration;

/** Too many wrong passwords came for this account from this address, or from this address: wait. */
public class TooManySignInAttempts extends LanmuException {

    private final Duration retryAfter;

    TooManySignInAttempts(Duration retryAfter) {
        super("too-many-sign-in-attempts", "Too many failed sign-ins; try again in %d seconds"
                .formatted(seconds(retryAfter)), seconds(retryAfter));
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, rounded up, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
