package io.lanmu.item;

import io.lanmu.testsupport.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class EditorialWorkflowOnH2IntegrationTest extends EditorialWorkflowIntegrationTests {
}
