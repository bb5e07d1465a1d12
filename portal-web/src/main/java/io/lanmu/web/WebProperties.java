package io.lanmu.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * @param timeZone the site's time zone: a date in a request ("from 2026-10-01") means its days
 * @param maxJsonBody the largest request body accepted outside attachment uploads (which may be twice
 *     {@code lanmu.attachments.max-size})
 */
@Validated
@ConfigurationProperties("lanmu.web")
public record WebProperties(@NotNull @DefaultValue("*") List<String> corsAllowedOrigins,
        @Min(0) @DefaultValue("60") int publicCacheSeconds, @Min(1) @DefaultValue("100") int maxPageSize,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone, @NotNull @DefaultValue("1MB") DataSize maxJsonBody) {

    @AssertTrue(message = "lanmu.web.max-json-body must be at least 1KB")
    boolean isMaxJsonBodyUsable() {
        // An item's body may hold up to 2 MB by default (see ContentRules); a tiny limit would refuse every save.
        return maxJsonBody == null || maxJsonBody.toBytes() >= 1024;
    }

    /** The first instant of {@code day} in the site's time zone. */
    public Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(timeZone).toInstant();
    }

    /** The first instant after {@code day} in the site's time zone, so a period "to" a day includes it. */
    public Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(timeZone).toInstant();
    }
}
