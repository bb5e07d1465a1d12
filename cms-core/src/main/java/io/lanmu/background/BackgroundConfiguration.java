package io.lanmu.background;

import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The default lane, which every {@code @Async} listener without a lane of its own runs in, and the
 * catch-up job.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableConfigurationProperties(BackgroundProperties.class)
class BackgroundConfiguration implements AsyncConfigurer {

    static final String DEFAULT_LANE = "defaultLane";
    private static final Logger log = LoggerFactory.getLogger(BackgroundConfiguration.class);

    private final ObjectProvider<BackgroundLane> defaultLane;

    BackgroundConfiguration(@Qualifier(DEFAULT_LANE)
            ObjectProvider<BackgroundLane> defaultLane) {
        this.defaultLane = defaultLane;
    }

    @Bean(DEFAULT_LANE)
    static BackgroundLane defaultLane(BackgroundProperties properties) {
        return BackgroundLane.of("background", properties.lane());
    }

    @Override
    public Executor getAsyncExecutor() {
        return defaultLane.getObject();
    }

    /**
     * A listener that fails leaves its event incomplete in the registry, to be tried again: worth a
     * line in the log, not a stack trace per attempt while, say, the search engine is down.
     */
    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (failure, method, arguments) -> {
            log.warn("{}.{} failed and will be tried again: {}", method.getDeclaringClass().getSimpleName(),
                    method.getName(), failure.toString());
            log.debug("The failure of {}", method, failure);
        };
    }

    /** The catch-up runs at the interval of its settings, only where timed jobs run at all. */
    @Configuration(proxyBeanMethods = false)
    static class CatchUpSchedule implements SchedulingConfigurer {

        private final EventCatchUp catchUp;
        private final BackgroundProperties properties;

        CatchUpSchedule(EventCatchUp catchUp, BackgroundProperties properties) {
            this.catchUp = catchUp;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(catchUp::catchUp, properties.catchUpInterval());
        }
    }

    @Bean
    static ListenerLanes listenerLanes(ConfigurableListableBeanFactory beans) {
        return new ListenerLanes(beans, DEFAULT_LANE);
    }
}
