package io.lanmu.user;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of accounts and API tokens ({@code lanmu.users.*}).
 *
 * @param tokenLifetime how long a personal API token stays valid after it is issued
 * @param minPasswordLength the shortest password an admin may set
 */
@Validated
@ConfigurationProperties("lanmu.users")
public record UserProperties(@NotNull @DefaultValue("P30D") Duration tokenLifetime,
        @Min(8) @DefaultValue("10") int minPasswordLength) {
}
