package io.lanmu.shared;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the site as a whole ({@code lanmu.site.*}), which every module may read.
 *
 * @param timeZone the site's time zone: a date in a request ("from 2026-10-01") means its days, and the year facet
 *     of search counts its years
 */
@Validated
@ConfigurationProperties("lanmu.site")
public record SiteProperties(@NotNull @DefaultValue(SiteProperties.DEFAULT_TIME_ZONE) ZoneId timeZone) {

    /** The zone of the sites Lanmu is written for, and of every date in the sample site. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    /** The default zone, for code that runs without the application's settings (engines in tests, benchmarks). */
    public static ZoneId defaultTimeZone() {
        return ZoneId.of(DEFAULT_TIME_ZONE);
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
