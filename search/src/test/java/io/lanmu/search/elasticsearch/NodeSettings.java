package io.lanmu.search.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;

import com.sun.security.auth.module.UnixSystem;

/**
 * How the test node runs. The search module's pom sets the {@code lanmu.elasticsearch.*} system properties from its
 * dependencies on the distribution and plugin zips; the others may be overridden with {@code -D} on the Maven line.
 */
record NodeSettings(Path distribution, Path smartcnPlugin, Path nodeDir, Path javaHome, String javaOpts,
        Duration startTimeout, boolean runAsNobody) {

    /** Elasticsearch refuses to run as root, so a root build hands the node to this user and group. */
    static final int NOBODY = 65534;

    NodeSettings withNodeDir(Path folder) {
        return new NodeSettings(distribution, smartcnPlugin, folder, javaHome, javaOpts, startTimeout, runAsNobody);
    }

    static NodeSettings fromSystemProperties() {
        boolean root = new UnixSystem().getUid() == 0;
        Path nodeDir = Path.of(System.getProperty("lanmu.elasticsearch.node-dir", "target/elasticsearch-node"))
                .toAbsolutePath().normalize();
        return new NodeSettings(
                requiredFile("lanmu.elasticsearch.distribution"),
                requiredFile("lanmu.elasticsearch.smartcn-plugin"),
                root ? reachableByNobody(nodeDir) : nodeDir,
                javaHome(root),
                System.getProperty("lanmu.elasticsearch.java-opts", "-Xms256m -Xmx256m"),
                Duration.ofSeconds(Long.getLong("lanmu.elasticsearch.start-timeout-seconds", 120)),
                root);
    }

    private static Path requiredFile(String property) {
        String value = System.getProperty(property);
        // An unset property, or Maven's placeholder when dependency:properties did not run (as in a bare IDE run).
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven "
                    + "(mvn -pl search -am test), whose maven-dependency-plugin sets it from the search module's "
                    + "test dependencies, or pass -D" + property + "=/path/to/file.zip");
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(property + " points to " + file + ", which is not a file");
        }
        return file;
    }

    private static Path javaHome(boolean root) {
        String override = System.getProperty("lanmu.elasticsearch.java-home");
        Path home = Path.of(override != null ? override : System.getProperty("java.home"));
        // Maven's toolchain normally runs the tests on 21+, which Elasticsearch 9 needs; reuse that JDK.
        if (override == null && Runtime.version().feature() < 21) {
            throw new IllegalStateException("Elasticsearch 9 needs Java 21+, but the tests run on "
                    + Runtime.version() + "; pass -Dlanmu.elasticsearch.java-home=/path/to/jdk21+");
        }
        if (root && !reachableByOthers(home.resolve("bin/java"))) {
            throw new IllegalStateException("The node runs as user " + NOBODY + ", who cannot run " + home
                    + "/bin/java; pass -Dlanmu.elasticsearch.java-home with a JDK 21+ outside private folders");
        }
        return home;
    }

    /**
     * The node's user must walk down to its folder. A checkout under a private folder (such as /root) cannot host
     * the node, so it moves to a fixed folder in the temporary directory, reused by later runs of the same checkout.
     */
    private static Path reachableByNobody(Path nodeDir) {
        Path existing = nodeDir;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (reachableByOthers(existing)) {
            return nodeDir;
        }
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"),
                "lanmu-elasticsearch-node-" + Integer.toHexString(nodeDir.hashCode()));
        System.out.printf("[elasticsearch-test-node] user %d cannot reach %s; using %s%n", NOBODY, nodeDir, fallback);
        return fallback;
    }

    /** Whether others may execute the file, or enter the folder, and enter every folder above it. */
    private static boolean reachableByOthers(Path path) {
        try {
            for (Path step = path; step != null; step = step.getParent()) {
                if (!Files.getPosixFilePermissions(step).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
