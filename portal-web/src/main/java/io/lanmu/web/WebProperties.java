package io.lanmu.web;

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
 * @param maxJsonBody the largest request body accepted outside attachment uploads (which may be twice
 *     {@code lanmu.attachments.max-size})
 */
@Validated
@ConfigurationProperties("lanmu.web")
public record WebProperties(@NotNull @DefaultValue("*") List<String> corsAllowedOrigins,
        @Min(0) @DefaultValue("60") int publicCacheSeconds, @Min(1) @DefaultValue("100") int maxPageSize,
        @NotNull @DefaultValue("1MB") DataSize maxJsonBody) {

    @AssertTrue(message = "lanmu.web.max-json-body must be at least 1KB")
    boolean isMaxJsonBodyUsable() {
        // An item's body may hold up to 2 MB by default (see ContentRules); a tiny limit would refuse every save.
        return maxJsonBody == null || maxJsonBody.toBytes() >= 1024;
    }
}
