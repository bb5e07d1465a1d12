package io.lanmu.samples;

import io.lanmu.testsupport.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class SampleSiteOnPostgresIntegrationTest extends SampleSiteIntegrationTests {
}
