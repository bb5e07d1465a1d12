package io.lanmu.background;

import io.lanmu.testsupport.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class EventCatchUpOnPostgresIntegrationTest extends EventCatchUpIntegrationTests {
}
