package io.lanmu.web;

import io.lanmu.testsupport.H2Database;
import io.lanmu.testsupport.TestClockConfiguration;
import io.lanmu.testsupport.TestSite;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link ApiTest}, but on a real Tomcat at a random port: for what MockMvc never sees (request
 * lines, chunked bodies, forwarded headers, Tomcat's own error answers), driven through {@link RawHttp}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"lanmu.setup.sample-site=false",
    "lanmu.setup.demo-password=" + TestSite.PASSWORD, "lanmu.scheduling.enabled=false"})
@ContextConfiguration(initializers = {H2Database.class, TemporaryDataFolder.class})
@Import({TestClockConfiguration.class, TestSite.class})
public @interface ServerTest {
}
