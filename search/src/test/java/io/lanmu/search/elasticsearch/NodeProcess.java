package io.lanmu.search.elasticsearch;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/** The node's server process: started in the background from its home, found again by that home to stop it. */
final class NodeProcess {

    private static final Pattern HEALTHY = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private NodeProcess() {
    }

    /** Starts the node and returns once its cluster health is yellow or green. */
    static void start(NodeHome home, NodeSettings settings, URI httpUri) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(settings.startTimeout());
        Process launcher = launcher(home, settings).start();
        launcher.getOutputStream().close();
        // With -d the launcher returns once the node has started or failed, and its exit code says which.
        if (!launcher.waitFor(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS)) {
            launcher.destroyForcibly();
            throw failure(home, "did not start within " + settings.startTimeout().toSeconds() + " s");
        }
        if (launcher.exitValue() != 0) {
            throw failure(home, "failed to start (exit code " + launcher.exitValue() + ")");
        }
        awaitHealthy(home, httpUri, deadline, settings.startTimeout());
    }

    private static ProcessBuilder launcher(NodeHome home, NodeSettings settings) {
        ProcessBuilder builder = new ProcessBuilder(command(home, settings))
                .directory(home.path().toFile())
                .redirectErrorStream(true)
                // A file, not a pipe: the daemonised node must not hold on to the test JVM's output.
                .redirectOutput(home.consoleLog().toFile());
        Map<String, String> environment = builder.environment();
        // Nothing from the build's environment (JAVA_TOOL_OPTIONS, ES_PATH_CONF...) may leak into the node.
        environment.clear();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"));
        environment.put("HOME", home.path().toString());
        environment.put("ES_JAVA_HOME", settings.javaHome().toString());
        environment.put("ES_JAVA_OPTS", settings.javaOpts());
        // Inside the node's folder, or every start leaves a temporary folder behind in /tmp.
        environment.put("ES_TMPDIR", home.tmpDir().toString());
        return builder;
    }

    private static List<String> command(NodeHome home, NodeSettings settings) {
        List<String> command = new ArrayList<>();
        if (settings.runAsNobody()) {
            command.addAll(List.of("setpriv", "--reuid=" + NodeSettings.NOBODY, "--regid=" + NodeSettings.NOBODY,
                    "--clear-groups"));
        }
        command.addAll(List.of(home.path().resolve("bin/elasticsearch").toString(), "-d", "-p",
                home.pidFile().toString()));
        return command;
    }

    /** Readiness through cluster health: {@code GET /} answers 405 on this distribution. */
    private static void awaitHealthy(NodeHome home, URI httpUri, Instant deadline, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest
                .newBuilder(httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5))
                .build();
        try {
            await().atMost(Duration.ofMillis(Math.max(1, Duration.between(Instant.now(), deadline).toMillis())))
                    .pollInterval(Duration.ofMillis(200))
                    // Expected until the node has bound its HTTP port.
                    .ignoreExceptionsMatching(IOException.class::isInstance)
                    .until(() -> {
                        if (running(home).findAny().isEmpty()) {
                            throw failure(home, "stopped while starting");
                        }
                        HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
                        return response.statusCode() == 200 && HEALTHY.matcher(response.body()).find();
                    });
        } catch (ConditionTimeoutException notHealthy) {
            throw failure(home, "was not yellow or green within " + timeout.toSeconds() + " s");
        }
    }

    /**
     * Stops every node running from this home: the one this JVM started, or one left by an aborted earlier run. The
     * pid file names it; the command line check guards against a reused pid and also finds a node whose pid file
     * was deleted with the target folder.
     */
    static void stopAll(NodeHome home) {
        List<ProcessHandle> nodes = running(home).toList();
        nodes.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        for (ProcessHandle node : nodes) {
            // Elasticsearch usually needs a second or two to close its indices.
            try {
                node.onExit().get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
                        TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stillRunning) {
                node.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                node.destroyForcibly();
            }
        }
    }

    static Stream<ProcessHandle> running(NodeHome home) {
        String homeArgument = "-Des.path.home=" + home.path();
        return Stream.concat(pidFromFile(home).flatMap(ProcessHandle::of).stream(), ProcessHandle.allProcesses())
                .filter(process -> process.info().commandLine().orElse("").contains(homeArgument))
                .distinct();
    }

    private static Optional<Long> pidFromFile(NodeHome home) {
        try {
            return Optional.of(Long.parseLong(Files.readString(home.pidFile()).trim()));
        } catch (IOException | NumberFormatException missingOrStale) {
            return Optional.empty();
        }
    }

    private static NodeDidNotStart failure(NodeHome home, String what) {
        return new NodeDidNotStart("The Elasticsearch test node in " + home.path() + " " + what
                + tail(home.consoleLog()) + tail(home.serverLog()));
    }

    private static String tail(Path log) {
        if (!Files.exists(log)) {
            return "";
        }
        try {
            List<String> lines = List.of(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\n"));
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "\n--- " + log + " could not be read: " + e;
        }
    }
}
