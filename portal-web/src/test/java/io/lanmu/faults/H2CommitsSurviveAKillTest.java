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

/**
 * What the embedded database answered as committed is on disk when the process is killed right after: with H2's
 * default write delay (500 ms) the last commits before a kill -9 were lost.
 */
class H2CommitsSurviveAKillTest {

    @TempDir
    Path dataDir;

    @Test
    void everyCommitBeforeAKillIsThereAfterwards() throws Exception {
        String url = EmbeddedDatabase.url(dataDir);
        Process writer = new ProcessBuilder(LanmuProcess.java(), "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)
                .redirectErrorStream(true).start();
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

        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from committed_row")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(CommitThenWait.ROWS);
        }
    }
}
