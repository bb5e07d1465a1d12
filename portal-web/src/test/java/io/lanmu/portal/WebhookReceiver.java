package io.lanmu.portal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP receiver on 127.0.0.1: answers each request with the next planned status (200 once the plan is used up)
 * and keeps what it received.
 */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Integer> plannedStatuses = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start(Integer... statuses) throws IOException {
        return start(new java.util.concurrent.CountDownLatch(0), statuses);
    }

    /** A receiver that records each delivery as it arrives but answers only once {@code release} is counted down. */
    public static WebhookReceiver holding(java.util.concurrent.CountDownLatch release) throws IOException {
        return start(release);
    }

    private static WebhookReceiver start(java.util.concurrent.CountDownLatch release, Integer... statuses)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Each exchange on a thread of its own, so a held one does not keep the next from arriving.
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        WebhookReceiver receiver = new WebhookReceiver(server);
        receiver.plannedStatuses.addAll(List.of(statuses));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            receiver.received.add(new Received(exchange.getRequestMethod(), Map.copyOf(exchange.getRequestHeaders()
                    .entrySet().stream().collect(java.util.stream.Collectors.toMap(
                            entry -> entry.getKey().toLowerCase(java.util.Locale.ROOT),
                            entry -> entry.getValue().getFirst()))), body));
            try {
                release.await(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer status = receiver.plannedStatuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public record Received(String method, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
