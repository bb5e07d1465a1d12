package io.lanmu.faults;

import io.lanmu.testsupport.TestClock;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** Puts one {@link TestClock} in place of the system clock, the same one in every context it initializes. */
final class SharedClock implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private final TestClock clock;

    SharedClock(TestClock clock) {
        this.clock = clock;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean("sharedTestClock", TestClock.class, () -> clock,
                definition -> definition.setPrimary(true));
    }
}
