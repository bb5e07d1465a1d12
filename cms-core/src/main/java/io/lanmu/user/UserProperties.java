package io.lanmu.user;

import jakarta.validation.Valid;
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
 * @param signIn how wrong passwords slow further sign-ins down ({@code lanmu.users.sign-in.*})
 */
@Validated
@ConfigurationProperties("lanmu.users")
record UserProperties(@NotNull @DefaultValue("P30D") Duration tokenLifetime,
        @Min(8) @DefaultValue("10") int minPasswordLength, @Valid @NotNull @DefaultValue SignIn signIn) {

    /**
     * @param failuresBeforeDelay failures for one account from one address before it waits (1 s, doubling)
     * @param failuresPerAddress failures from one address, for any accounts, before the whole address waits
     * @param maxDelay the longest wait
     * @param maxTrackedKeys how many accounts and addresses are remembered at most (bounded memory)
     */
    public record SignIn(@Min(1) @DefaultValue("5") int failuresBeforeDelay,
            @Min(1) @DefaultValue("20") int failuresPerAddress, @NotNull @DefaultValue("PT15M") Duration maxDelay,
            @Min(100) @DefaultValue("10000") int maxTrackedKeys) {
    }
}
