package io.lanmu.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * cms-core and search as the application runs them, without web: every component of io.lanmu on the class path (the
 * benchmark does not depend on portal-web, so none of its controllers), entities and repositories included, on an
 * H2 file database of its own, migrated by Flyway. Timed jobs are off: nothing runs but what the benchmark calls.
 */
@SpringBootApplication(scanBasePackages = "io.lanmu")
@AutoConfigurationPackage(basePackages = "io.lanmu")
class BenchmarkApplication {

    /**
     * @param elasticsearch the node to use, or {@code null} for the embedded Lucene engine
     */
    static ConfigurableApplicationContext start(Path folder, URI elasticsearch) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("db/lanmu"));
        properties.put("spring.datasource.username", "lanmu");
        properties.put("spring.datasource.password", "");
        properties.put("lanmu.scheduling.enabled", "false");
        // Spring Modulith's moments switch scheduling on by themselves (@EnableScheduling), which would start the
        // deadline watch on every generated draft in the middle of the measurements.
        properties.put("spring.modulith.moments.enabled", "false");
        properties.put("lanmu.attachments.directory", folder.resolve("attachments").toString());
        properties.put("lanmu.search.lucene.directory", folder.resolve("index").toString());
        if (elasticsearch != null) {
            properties.put("lanmu.search.engine", "elasticsearch");
            properties.put("spring.elasticsearch.uris", elasticsearch.toString());
            // A bulk request of a rebuild batch takes a few seconds on two busy cores; the default 30 s is ample.
            properties.put("spring.elasticsearch.connection-timeout", "2s");
        }
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.io.lanmu", "INFO");
        SpringApplication application = new SpringApplication(BenchmarkApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(properties);
        application.setLogStartupInfo(false);
        return application.run();
    }
}
