package io.lanmu.preview;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of preview links ({@code lanmu.preview.*}).
 *
 * @param linkLifetime how long a preview link works after it was made
 * @param secret the key links are signed with; empty: a random key made once and kept in the database, which every
 *     instance sharing the database then uses
 */
@Validated
@ConfigurationProperties("lanmu.preview")
public record PreviewProperties(@NotNull @DefaultValue("P7D") Duration linkLifetime,
        @NotNull @DefaultValue("") String secret) {

    @AssertTrue(message = "lanmu.preview.link-lifetime must be positive")
    boolean isLinkLifetimePositive() {
        return linkLifetime == null || linkLifetime.isPositive();
    }

    @AssertTrue(message = "lanmu.preview.secret must be empty or at least 32 characters")
    boolean isSecretLongEnough() {
        return secret == null || secret.isEmpty() || secret.length() >= 32;
    }
}
