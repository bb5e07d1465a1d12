package io.lanmu;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.testsupport.H2Database;
import io.lanmu.testsupport.TestClockConfiguration;
import io.lanmu.testsupport.TestSite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = H2Database.class)
@Import({TestClockConfiguration.class, TestSite.class})
class ContextSmokeTest {

    @Autowired
    TestSite site;

    @Autowired
    ApplicationContext context;

    @Test
    void startsAndCreatesColumns() {
        assertThat(site.listColumn("通知公告").getId()).isNotNull();
    }

    /** The tests' settings say lanmu.scheduling.enabled=false: no library may switch scheduling back on. */
    @Test
    void schedulesNoTimedJobWhenSchedulingIsSwitchedOff() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values())
                .flatMap(ScheduledTaskHolder::getScheduledTasks).isEmpty();
    }
}
