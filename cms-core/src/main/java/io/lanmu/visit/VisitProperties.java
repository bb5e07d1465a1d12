package io.lanmu.visit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of visit statistics ({@code lanmu.visits.*}).
 *
 * @param enabled whether page views are counted at all
 * @param flushInterval how often each instance writes what it counted
 * @param maxReferrers referring domains counted per day and instance between two writes; further ones are dropped
 * @param maxKeys items, columns and days counted between two writes; views beyond are dropped, not kept in memory
 */
@Validated
@ConfigurationProperties("lanmu.visits")
public record VisitProperties(@DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("PT1M") Duration flushInterval,
        @Min(1) @Max(100_000) @DefaultValue("1000") int maxReferrers,
        @Min(1) @Max(10_000_000) @DefaultValue("200000") int maxKeys) {
}
