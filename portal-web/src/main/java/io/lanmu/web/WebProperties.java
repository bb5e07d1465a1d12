package io.lanmu.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the HTTP API ({@code lanmu.web.*}).
 *
 * @param corsAllowedOrigins the origins whose browser front ends may read the public API
 *     ({@code *} for any)
 * @param publicCacheSeconds how long browsers and proxies may cache public API answers
 * @param maxPageSize the largest page a list may return
 * @param timeZone the site's time zone: a date in a request ("from 2026-10-01") means its days
 */
@ConfigurationProperties("lanmu.web")
public record WebProperties(@DefaultValue("*") List<String> corsAllowedOrigins,
        @DefaultValue("60") int publicCacheSeconds, @DefaultValue("100") int maxPageSize,
        @DefaultValue("Asia/Shanghai") ZoneId timeZone) {

    /** The first instant of {@code day} in the site's time zone. */
    public Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(timeZone).toInstant();
    }

    /** The first instant after {@code day} in the site's time zone, so a period "to" a day includes it. */
    public Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(timeZone).toInstant();
    }
}
