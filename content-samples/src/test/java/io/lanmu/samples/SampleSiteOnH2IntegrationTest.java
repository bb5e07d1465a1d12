package io.lanmu.samples;

import io.lanmu.testsupport.H2Database;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = H2Database.class)
class SampleSiteOnH2IntegrationTest extends SampleSiteIntegrationTests {
}
