package io.lanmu.attachment;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of attachments ({@code lanmu.attachments.*}).
 *
 * @param directory where the files are kept (shared by all instances in a cluster)
 * @param maxSize the largest file accepted
 * @param maxPerItem how many attachments one item may list
 */
@Validated
@ConfigurationProperties("lanmu.attachments")
public record AttachmentProperties(@NotNull @DefaultValue("./data/attachments") Path directory,
        @NotNull @DefaultValue("50MB") DataSize maxSize, @Min(0) @DefaultValue("50") int maxPerItem) {
}
