package io.lanmu.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The embedded default's own H2 database, as application.yml configures it, on a data folder of the test's. */
final class EmbeddedDatabase {

    static final String USER = "lanmu";
    static final String PASSWORD = "";

    private EmbeddedDatabase() {
    }

    static String url(Path dataDir) {
        try {
            Object url = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                    .getFirst().getProperty("spring.datasource.url");
            return String.valueOf(url).replace("${lanmu.data-dir}", dataDir.toString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
