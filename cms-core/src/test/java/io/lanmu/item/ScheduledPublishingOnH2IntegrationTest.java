package io.lanmu.item;

import io.lanmu.testsupport.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class ScheduledPublishingOnH2IntegrationTest extends ScheduledPublishingIntegrationTests {
}
