package io.lanmu.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock. On one thread and for the duration of a replay it reports a past moment
 * instead of the present: history (the sample site, content migrated from an older CMS) is then
 * imported through the ordinary services, so every rule applies and every step is audited at the
 * moment it really happened. Every other thread keeps reading the real time.
 */
public final class ReplayableClock extends Clock {

    private final Clock base;
    private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

    public ReplayableClock(Clock base) {
        this.base = base;
    }

    /** Runs {@code work} on this thread as if it were {@code moment}. */
    public <T> T replayAt(Instant moment, Supplier<T> work) {
        Instant outer = replayed.get();
        replayed.set(moment);
        try {
            return work.get();
        }
        finally {
            if (outer == null) {
                replayed.remove();
            }
            else {
                replayed.set(outer);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant moment = replayed.get();
        return moment != null ? moment : base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ReplayableClock(base.withZone(zone));
    }
}
