package io.lanmu.persistence;

import io.lanmu.testsupport.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class PersistenceOnH2IntegrationTest extends PersistenceIntegrationTests {
}
