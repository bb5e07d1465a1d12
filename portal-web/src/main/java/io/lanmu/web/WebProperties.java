package io.lanmu.web;

import java.time.Duration;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the HTTP API ({@code lanmu.web.*}).
 *
 * @param corsAllowedOrigins the origins whose browser front ends may read the public API
 *     ({@code *} for any)
 * @param publicCacheSeconds how long browsers and proxies may cache public API answers
 * @param maxPageSize the largest page a list may return
 * @param maxJsonBody the largest request body accepted outside attachment uploads (which may be twice
 *     {@code lanmu.attachments.max-size})
 * @param pageCache how public pages and public API reads are kept in memory ({@code lanmu.web.page-cache.*})
 */
@Validated
@ConfigurationProperties("lanmu.web")
public record WebProperties(@NotNull @DefaultValue("*") List<String> corsAllowedOrigins,
        @Min(0) @DefaultValue("60") int publicCacheSeconds, @Min(1) @DefaultValue("100") int maxPageSize,
        @NotNull @DefaultValue("1MB") DataSize maxJsonBody, @Valid @NotNull @DefaultValue PageCache pageCache) {

    @AssertTrue(message = "lanmu.web.max-json-body must be at least 1KB")
    boolean isMaxJsonBodyUsable() {
        // An item's body may hold up to 2 MB by default (see ContentRules); a tiny limit would refuse every save.
        return maxJsonBody == null || maxJsonBody.toBytes() >= 1024;
    }

    /**
     * The answers of public pages and public API reads kept in memory, and how they are dropped: at once on the
     * instance where a publication commits, within {@code pollInterval} on the others.
     *
     * @param enabled whether answers are kept at all
     * @param maxSize how much memory the kept answers may take, bodies and headers together
     * @param maxAge how long an answer is kept at most, should a change ever go unnoticed
     * @param searchMaxAge how long a search page is kept: the index catches up with a publication a moment later
     * @param pollInterval how often an instance looks whether another one has published something
     */
    public record PageCache(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("64MB") DataSize maxSize,
            @NotNull @DefaultValue("5m") Duration maxAge, @NotNull @DefaultValue("5s") Duration searchMaxAge,
            @NotNull @DefaultValue("1s") Duration pollInterval) {

        @AssertTrue(message = "lanmu.web.page-cache.poll-interval must be at least 100ms")
        boolean isPollIntervalUsable() {
            return pollInterval == null || pollInterval.toMillis() >= 100;
        }
    }
}
