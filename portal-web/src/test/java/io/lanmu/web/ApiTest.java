package io.lanmu.web;

import io.lanmu.testsupport.TestClockConfiguration;
import io.lanmu.testsupport.TestSite;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * An API test: the whole application on a fresh database (H2, or PostgreSQL: see {@link ChosenTestDatabase}), driven
 * through MockMvc, with a clock the
 * test controls and no sample site (tests build what they need with {@link TestSite}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"lanmu.setup.sample-site=false", "lanmu.setup.demo-password=" + TestSite.PASSWORD,
    "lanmu.scheduling.enabled=false"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = {ChosenTestDatabase.class, TemporaryDataFolder.class})
@Import({TestClockConfiguration.class, TestSite.class, ApiTokensForTests.class})
public @interface ApiTest {
}
