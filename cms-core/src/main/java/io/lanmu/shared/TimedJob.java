package io.lanmu.shared;

import java.time.Duration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * A module's timed job, declared as a bean: it runs every {@code interval} (after the previous run ends), first one
 * interval after start once the application is up, and only where timed jobs run at all ({@code
 * lanmu.scheduling.enabled}); the job itself takes its ShedLock lock.
 */
public record TimedJob(Duration interval, Runnable job) implements SchedulingConfigurer {

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(job, interval, interval));
    }
}
