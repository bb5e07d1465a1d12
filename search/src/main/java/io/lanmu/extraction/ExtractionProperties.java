package io.lanmu.extraction;

import io.lanmu.background.LaneSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of text extraction. They keep the names they had while extraction was part of search
 * ({@code lanmu.search.extraction.*}), so existing configurations still apply.
 *
 * @param timeout the longest one attachment's text extraction may take
 * @param maxCharacters text beyond this many characters of one attachment is not indexed
 * @param threads how many attachments are read at once (each parse may take a core and a few hundred MB)
 * @param queueCapacity how many uploaded attachments may wait for their turn in memory; beyond it they wait
 *     in the event publication registry
 */
@Validated
@ConfigurationProperties("lanmu.search.extraction")
public record ExtractionProperties(@NotNull @DefaultValue("PT30S") Duration timeout,
        @Min(1) @DefaultValue("1000000") int maxCharacters, @Min(1) @Max(16) @DefaultValue("2") int threads,
        @Min(1) @DefaultValue("500") int queueCapacity) {

    public LaneSize lane() {
        return LaneSize.of(threads, queueCapacity);
    }
}
