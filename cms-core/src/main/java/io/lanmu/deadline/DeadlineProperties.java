package io.lanmu.deadline;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of deadline tracking ({@code lanmu.deadlines.*}).
 *
 * @param warnBefore how long before the due time an item counts as due soon and a warning is raised
 * @param checkInterval how often the deadline watch looks for items to warn about or flag as late
 */
@Validated
@ConfigurationProperties("lanmu.deadlines")
public record DeadlineProperties(@NotNull @DefaultValue("PT2H") Duration warnBefore,
        @NotNull @DefaultValue("PT1M") Duration checkInterval) {
}
