package io.lanmu.faults;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real lock provider, with a note of the lock each job asks for: how long an instance killed while holding it
 * would keep every other instance from running that job.
 */
final class RecordedLocks implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final Map<String, LockConfiguration> asked = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof LockProvider provider) {
                    return (LockProvider) lock -> {
                        asked.put(lock.getName(), lock);
                        return provider.lock(lock);
                    };
                }
                return bean;
            }
        });
    }

    boolean wasAskedFor(String job) {
        return asked.containsKey(job);
    }

    Duration lockAtMostFor(String job) {
        return asked.get(job).getLockAtMostFor();
    }
}
