package io.lanmu.extraction;

import io.lanmu.attachment.AttachmentProperties;
import io.lanmu.attachment.DocumentReading;
import io.lanmu.background.BackgroundLane;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionConfiguration {

    @Bean(DocumentReading.LANE)
    BackgroundLane extractionLane(ExtractionProperties properties) {
        return BackgroundLane.of("extraction", properties.lane());
    }

    /** Lazy: Tika takes seconds to configure itself, which the first upload pays instead of every start. */
    @Bean(destroyMethod = "close")
    @Lazy
    TextExtractor textExtractor(ExtractionProperties properties, AttachmentProperties attachments) {
        return new TextExtractor(ExtractionLimits.DEFAULTS.withMaxFileBytes(attachments.maxSize().toBytes())
                .withTimeout(properties.timeout())
                .withMaxCharacters(properties.maxCharacters())
                .withMaxConcurrentExtractions(properties.threads()));
    }
}
