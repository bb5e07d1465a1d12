package io.lanmu.faults;

import static org.awaitility.Awaitility.await;

import io.lanmu.LanmuApplication;
import io.lanmu.testsupport.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Lanmu in a JVM of its own (the JDK the tests run on, the test classpath, {@link LanmuApplication}'s main) on a data
 * folder the test owns, so that a test can kill it as an operator's kill -9 would and start it again on the same data.
 */
final class LanmuProcess implements AutoCloseable {

    /** A cold JVM on a loaded two-core machine takes tens of seconds to get ready; this is a ceiling, not a target. */
    private static final Duration READY = Duration.ofSeconds(180);

    private final Path dataDir;
    private final Map<String, String> settings;
    private final Process process;
    private final int port;

    private LanmuProcess(Path dataDir, Map<String, String> settings, Process process, int port) {
        this.dataDir = dataDir;
        this.settings = settings;
        this.process = process;
        this.port = port;
    }

    /** The java of the JDK the tests run on (Maven's toolchain gives them JDK 25). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts Lanmu on {@code dataDir} with these settings on top of its own, and returns once it is ready. */
    static LanmuProcess start(Path dataDir, Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LanmuApplication.class.getName(), "--server.port=" + port,
                "--lanmu.data-dir=" + dataDir, "--lanmu.setup.sample-site=false",
                "--lanmu.setup.demo-password=" + TestSite.PASSWORD));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Files.createDirectories(dataDir);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("lanmu.log").toFile())).start();
            LanmuProcess lanmu = new LanmuProcess(dataDir, settings, process, port);
            lanmu.awaitReady();
            return lanmu;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** kill -9: no shutdown hook, no graceful shutdown, nothing flushed that was not already written. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Starts Lanmu again on the same data with the same settings. */
    LanmuProcess restart() {
        return start(dataDir, settings);
    }

    /** SIGTERM, as an operator stops it; waits for the graceful shutdown to finish. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        await().atMost(READY).pollInterval(Duration.ofMillis(500)).ignoreExceptionsMatching(IOException.class::isInstance)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Lanmu stopped while starting; see " + dataDir.resolve("lanmu.log"));
                    }
                    return client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
