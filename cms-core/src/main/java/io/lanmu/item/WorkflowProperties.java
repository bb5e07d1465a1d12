package io.lanmu.item;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the editorial workflow ({@code lanmu.workflow.*}).
 *
 * @param separationOfDuties when on, nobody approves an item they edited or submitted
 * @param schedulerInterval how often scheduled publications and expiries are carried out
 * @param maxBodySize the largest body an item may have
 * @param maxTitleLength the longest title, in characters
 */
@Validated
@ConfigurationProperties("lanmu.workflow")
public record WorkflowProperties(@DefaultValue("true") boolean separationOfDuties,
        @NotNull @DefaultValue("PT10S") Duration schedulerInterval,
        @NotNull @DefaultValue("2MB") DataSize maxBodySize,
        @Min(10) @Max(1000) @DefaultValue("200") int maxTitleLength) {
}
