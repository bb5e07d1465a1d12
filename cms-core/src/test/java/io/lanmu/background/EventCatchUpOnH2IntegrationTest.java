package io.lanmu.background;

import io.lanmu.testsupport.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class EventCatchUpOnH2IntegrationTest extends EventCatchUpIntegrationTests {
}
