package io.lanmu.background;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The size of a {@link BackgroundLane}, for the settings of the module that owns the lane.
 *
 * @param threads how many pieces of work run at once; each may hold a database connection, so the
 *     lanes together must leave most of the pool to requests
 * @param capacity how many pieces of work may wait; beyond it, work waits in the publication registry
 * @param shutdownGrace how long running work may finish when the application stops
 */
public record LaneSize(@Min(1) @Max(64) @DefaultValue("2") int threads,
        @Min(1) @Max(1_000_000) @DefaultValue("10000") int capacity,
        @NotNull @DefaultValue("PT10S") Duration shutdownGrace) {

    public static LaneSize of(int threads, int capacity) {
        return new LaneSize(threads, capacity, Duration.ofSeconds(10));
    }
}
