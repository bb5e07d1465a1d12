package io.lanmu.attachment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfiguration {

    @Bean
    AttachmentStorage attachmentStorage(AttachmentProperties properties) {
        return new FileSystemAttachmentStorage(properties.directory());
    }
}
