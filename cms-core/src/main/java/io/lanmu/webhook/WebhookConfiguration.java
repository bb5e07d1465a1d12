package io.lanmu.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    /** Deliveries go out at the interval of the settings, only where timed jobs run at all. */
    @Configuration(proxyBeanMethods = false)
    static class DeliverySchedule implements SchedulingConfigurer {

        private final WebhookDispatcher dispatcher;
        private final WebhookProperties properties;

        DeliverySchedule(WebhookDispatcher dispatcher, WebhookProperties properties) {
            this.dispatcher = dispatcher;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(new FixedDelayTask(dispatcher::deliverDue, properties.interval(),
                    properties.interval()));
        }
    }
}
