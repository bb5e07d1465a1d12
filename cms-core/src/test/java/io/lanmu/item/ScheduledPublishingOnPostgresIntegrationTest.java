package io.lanmu.item;

import io.lanmu.testsupport.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class ScheduledPublishingOnPostgresIntegrationTest extends ScheduledPublishingIntegrationTests {
}
