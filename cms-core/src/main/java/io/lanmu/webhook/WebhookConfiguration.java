package io.lanmu.webhook;

import io.lanmu.shared.TimedJob;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    /** Deliveries go out at the interval of the settings. */
    @Bean
    TimedJob deliverySchedule(WebhookDispatcher dispatcher, WebhookProperties properties) {
        return new TimedJob(properties.interval(), dispatcher::deliverDue);
    }
}
