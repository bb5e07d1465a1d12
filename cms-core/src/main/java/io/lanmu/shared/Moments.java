package io.lanmu.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Reading the time for storage. Both databases keep microseconds, so an instant is cut to
 * microseconds before it is stored: what a caller sees after a save equals what it reads back later.
 */
public final class Moments {

    private Moments() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
