package io.lanmu.search.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The node's Elasticsearch folder. The distribution is unpacked once and reused by later runs; the plugin,
 * configuration, data and logs are renewed on every start, so that each test JVM sees a fresh, empty node.
 */
final class NodeHome {

    static final String CLUSTER_NAME = "lanmu-test";

    private final Path path;

    private NodeHome(Path path) {
        this.path = path;
    }

    /** The home the distribution unpacks to under {@code nodeDir}, such as nodeDir/elasticsearch-9.2.8. */
    static NodeHome of(Path distribution, Path nodeDir) throws IOException {
        return new NodeHome(nodeDir.resolve(Zips.topFolder(distribution)));
    }

    /**
     * Unpacks the distribution, unless an intact copy of the same zip is already there.
     *
     * @return whether an earlier run's copy was reused
     */
    boolean unpack(Path distribution) throws IOException {
        Path marker = path.resolveSibling(path.getFileName() + ".unpacked");
        String stamp = distribution + " " + Files.size(distribution) + " " + Files.getLastModifiedTime(distribution);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)
                && Files.isRegularFile(path.resolve("bin/elasticsearch"))) {
            return true;
        }
        Files.deleteIfExists(marker);
        deleteRecursively(path);
        Zips.extract(distribution, path.getParent());
        for (Path script : list(path.resolve("bin"))) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        // Written last: a run aborted while unpacking leaves no marker, so the next run unpacks again.
        Files.writeString(marker, stamp);
        return false;
    }

    Path path() {
        return path;
    }

    Path pidFile() {
        return path.resolve("elasticsearch.pid");
    }

    /** What the launcher prints, including start-up errors from before the server log exists. */
    Path consoleLog() {
        return path.resolveSibling("console.log");
    }

    Path serverLog() {
        return path.resolve("logs/" + CLUSTER_NAME + ".log");
    }

    Path tmpDir() {
        return path.resolve("tmp");
    }

    /** Installs the plugin as {@code elasticsearch-plugin install} would: its zip unpacked into plugins/NAME. */
    void installPlugin(Path pluginZip) throws IOException {
        String name = Zips.readProperties(pluginZip, "stable-plugin-descriptor.properties").getProperty("name");
        Path folder = path.resolve("plugins").resolve(name);
        // Always afresh: a rebuilt plugin must replace the copy an earlier run installed.
        deleteRecursively(folder);
        Zips.extract(pluginZip, folder);
    }

    /** Empties what a previous node left behind: data (indices, cluster state), logs, temporary files, pid file. */
    void reset() throws IOException {
        for (String folder : new String[] {"data", "logs", "tmp"}) {
            deleteRecursively(path.resolve(folder));
        }
        Files.deleteIfExists(pidFile());
        Files.createDirectories(tmpDir());
    }

    void configure(int httpPort, int transportPort) throws IOException {
        Files.writeString(path.resolve("config/elasticsearch.yml"), """
                # Written by ElasticsearchTestNode on every start.
                cluster.name: %s
                node.name: %s-node
                network.host: 127.0.0.1
                # Free ports chosen at start, so that parallel builds and left-over nodes cannot collide.
                http.port: %d
                transport.port: %d
                discovery.type: single-node
                xpack.security.enabled: false
                # Build machines' disks are often fuller than the watermarks, which would stop shard allocation.
                cluster.routing.allocation.disk.threshold_enabled: false
                # Tests may drop their indices by pattern.
                action.destructive_requires_name: false
                """.formatted(CLUSTER_NAME, CLUSTER_NAME, httpPort, transportPort));
    }

    /** Gives the whole folder to the user that runs the node, which writes data, logs and keystore into it. */
    void handTo(int uid) throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : (Iterable<Path>) paths::iterator) {
                Files.setAttribute(each, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(each, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path each : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(each);
            }
        }
    }

    private static Iterable<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
