package io.lanmu.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * What the embedded database answered as committed is on disk when the process is killed right after: with H2's
 * default write delay (500 ms) the last commits before a kill -9 were lost.
 */
class H2CommitsSurviveAKillTest {

    @TempDir
    Path dataDir;

    @Test
    void everyCommitBeforeAKillIsThereAfterwards() throws Exception {
        String url = embeddedDatabaseUrl();
        Process writer = new ProcessBuilder(LanmuProcess.java(), "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), url, "lanmu", "").redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("committed " + CommitThenWait.ROWS));
            assertThat(line).as("the writer's last commit").isNotNull();
        }
        finally {
            writer.destroyForcibly();
        }
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (Connection connection = DriverManager.getConnection(url, "lanmu", "");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from committed_row")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(CommitThenWait.ROWS);
        }
    }

    /** The embedded default's own URL, from application.yml, on a data folder of this test's. */
    private String embeddedDatabaseUrl() throws Exception {
        PropertySource<?> settings = new YamlPropertySourceLoader()
                .load("application.yml", new ClassPathResource("application.yml")).getFirst();
        return String.valueOf(settings.getProperty("spring.datasource.url"))
                .replace("${lanmu.data-dir}", dataDir.toString());
    }
}
