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
 * JVM, and stops when the JVM exits. Each JVM gets an empty node: no index survives from an earlier run. A test that
 * takes a node away (kill, freeze) gets one of its own from {@link #dedicated(String)}.
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
                Dedicated shared = start(NodeSettings.fromSystemProperties(), "node.lock");
                nodeDirLock = shared.lock;
                httpUri = shared.uri;
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

    /**
     * A node of its own, for a test that stops, kills or freezes it: started now in a folder beside the shared
     * node's, stopped when {@link Dedicated#close() closed} or when the JVM exits.
     */
    public static Dedicated dedicated(String name) {
        NodeSettings shared = NodeSettings.fromSystemProperties();
        NodeSettings settings = shared.withNodeDir(shared.nodeDir().resolveSibling(
                shared.nodeDir().getFileName() + "-" + name));
        try {
            return start(settings, "node-" + name + ".lock");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the Elasticsearch test node " + name, e);
        }
    }

    private static Dedicated start(NodeSettings settings, String lockFile) throws IOException, InterruptedException {
        long began = System.nanoTime();
        Files.createDirectories(settings.nodeDir());
        // The node's user must be able to enter the folder whatever the umask.
        Files.setPosixFilePermissions(settings.nodeDir(), PosixFilePermissions.fromString("rwxr-xr-x"));
        FileLock lock = lockForThisJvm(settings.nodeDir(), lockFile);
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
                return new Dedicated(home, settings, uri, lock);
            } catch (NodeDidNotStart e) {
                NodeProcess.stopAll(home);
                // Free ports are only free when chosen; another process may win the race for one of them, once.
                if (attempt == 2 || !e.portTaken()) {
                    throw e;
                }
            }
        }
    }

    private static FileLock lockForThisJvm(Path nodeDir, String lockFile) throws IOException {
        FileChannel channel = FileChannel.open(nodeDir.resolve(lockFile), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another JVM is running the Elasticsearch test node in " + nodeDir
                    + "; run one build of this checkout at a time (Surefire's forkCount must stay 1)");
        }
        return lock;
    }

    /** An HTTP and a transport port, both free at this moment and different from each other. */
    private static int[] freePorts() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (ServerSocket http = new ServerSocket(0, 1, loopback);
                ServerSocket transport = new ServerSocket(0, 1, loopback)) {
            return new int[] {http.getLocalPort(), transport.getLocalPort()};
        }
    }

    /**
     * A node a test may take away and bring back, on the same address and with its data: killed (kill -9) and
     * restarted, or frozen (SIGSTOP, so that it accepts connections and never answers) and thawed (SIGCONT).
     */
    public static final class Dedicated implements AutoCloseable {

        private final NodeHome home;
        private final NodeSettings settings;
        private final URI uri;
        private final FileLock lock;

        private Dedicated(NodeHome home, NodeSettings settings, URI uri, FileLock lock) {
            this.home = home;
            this.settings = settings;
            this.uri = uri;
            this.lock = lock;
        }

        public URI httpUri() {
            return uri;
        }

        public void kill() {
            NodeProcess.running(home).forEach(ProcessHandle::destroyForcibly);
            NodeProcess.running(home).forEach(node -> node.onExit().join());
        }

        /** Starts the node again on its data and address; returns once its health is yellow or green. */
        public void restart() throws IOException, InterruptedException {
            NodeProcess.start(home, settings, uri);
        }

        public void freeze() throws IOException, InterruptedException {
            signal("-STOP");
        }

        public void thaw() throws IOException, InterruptedException {
            signal("-CONT");
        }

        private void signal(String signal) throws IOException, InterruptedException {
            for (ProcessHandle node : NodeProcess.running(home).toList()) {
                Process kill = new ProcessBuilder("kill", signal, String.valueOf(node.pid())).inheritIO().start();
                if (kill.waitFor() != 0) {
                    throw new IllegalStateException("kill " + signal + " " + node.pid() + " failed");
                }
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            thaw();
            NodeProcess.stopAll(home);
            lock.channel().close();
        }
    }
}
