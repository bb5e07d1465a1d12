package io.lanmu.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A real Elasticsearch node for tests, with the smartcn analyzers ({@code smartcn}, {@code smartcn_tokenizer},
 * {@code smartcn_stop}) installed. It starts on the first call to {@link #httpUri()}, is shared by every test of the
 * JVM, and stops when the JVM exits. Each JVM gets an empty node: no index survives from an earlier run.
 *
 * <p>The node is the integ-test distribution, which lacks analysis-common, painless, reindex and
 * {@code _delete_by_query}, and answers 405 to {@code GET /}: see /work/shared/notes/elasticsearch-test-node.md.
 */
public final class ElasticsearchTestNode {

    private static URI httpUri;
    private static RuntimeException startFailure;
    /** Held, never read: the lock lasts as long as the channel stays open, i.e. for the JVM's lifetime. */
    @SuppressWarnings("unused")
    private static FileLock nodeDirLock;

    private ElasticsearchTestNode() {
    }

    /**
     * The node's HTTP address, such as {@code http://127.0.0.1:41234}; starts the node on the first call.
     *
     * @throws IllegalStateException when the node cannot start, now or at an earlier call
     */
    public static synchronized URI httpUri() {
        // A failed start is remembered: every later test fails at once with the cause instead of waiting again.
        if (startFailure != null) {
            throw new IllegalStateException("The Elasticsearch test node failed to start earlier", startFailure);
        }
        if (httpUri == null) {
            try {
                httpUri = start(NodeSettings.fromSystemProperties());
            } catch (IOException e) {
                startFailure = new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                startFailure = new IllegalStateException("Interrupted while starting the Elasticsearch test node", e);
            } catch (RuntimeException e) {
                startFailure = e;
            }
            if (startFailure != null) {
                throw startFailure;
            }
        }
        return httpUri;
    }

    private static URI start(NodeSettings settings) throws IOException, InterruptedException {
        long began = System.nanoTime();
        Files.createDirectories(settings.nodeDir());
        // The node's user must be able to enter the folder whatever the umask.
        Files.setPosixFilePermissions(settings.nodeDir(), PosixFilePermissions.fromString("rwxr-xr-x"));
        lockForThisJvm(settings.nodeDir());
        NodeHome home = NodeHome.of(settings.distribution(), settings.nodeDir());
        // Only now, holding the lock: a node still running from this folder belongs to a JVM that is gone.
        NodeProcess.stopAll(home);
        Runtime.getRuntime().addShutdownHook(
                new Thread(() -> NodeProcess.stopAll(home), "elasticsearch-test-node-stop"));
        boolean reused = home.unpack(settings.distribution());
        home.installPlugin(settings.smartcnPlugin());
        for (int attempt = 1; ; attempt++) {
            int[] ports = freePorts();
            home.reset();
            home.configure(ports[0], ports[1]);
            if (settings.runAsNobody()) {
                home.handTo(NodeSettings.NOBODY);
            }
            URI uri = URI.create("http://127.0.0.1:" + ports[0]);
            try {
                NodeProcess.start(home, settings, uri);
                System.out.printf("[elasticsearch-test-node] ready at %s in %.1f s (%s %s)%n", uri,
                        (System.nanoTime() - began) / 1e9, reused ? "reused" : "unpacked", home.path());
                return uri;
            } catch (NodeDidNotStart e) {
                NodeProcess.stopAll(home);
                // Free ports are only free when chosen; another process may win the race for one of them, once.
                if (attempt == 2 || !e.portTaken()) {
                    throw e;
                }
            }
        }
    }

    private static void lockForThisJvm(Path nodeDir) throws IOException {
        FileChannel channel = FileChannel.open(nodeDir.resolve("node.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        nodeDirLock = channel.tryLock();
        if (nodeDirLock == null) {
            channel.close();
            throw new IllegalStateException("Another JVM is running the Elasticsearch test node in " + nodeDir
                    + "; run one build of this checkout at a time (Surefire's forkCount must stay 1)");
        }
    }

    /** An HTTP and a transport port, both free at this moment and different from each other. */
    private static int[] freePorts() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (ServerSocket http = new ServerSocket(0, 1, loopback);
                ServerSocket transport = new ServerSocket(0, 1, loopback)) {
            return new int[] {http.getLocalPort(), transport.getLocalPort()};
        }
    }
}
