package io.lanmu.web;

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
 */
@ConfigurationProperties("lanmu.web")
public record WebProperties(@DefaultValue("*") List<String> corsAllowedOrigins,
        @DefaultValue("60") int publicCacheSeconds, @DefaultValue("100") int maxPageSize) {
}
