package io.lanmu.persistence;

import io.lanmu.testsupport.PostgresDatabase;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = PostgresDatabase.class)
class PersistenceOnPostgresIntegrationTest extends PersistenceIntegrationTests {
}
