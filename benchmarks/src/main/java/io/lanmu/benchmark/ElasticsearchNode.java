package io.lanmu.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import io.lanmu.search.elasticsearch.ElasticsearchTestNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch node of a benchmark: the search tests' node (integ-test distribution with the smartcn stand-in
 * plugin), started through {@link ElasticsearchTestNode}, and what the benchmark asks it directly over HTTP.
 */
final class ElasticsearchNode {

    static final String JAVA_OPTS = "-Xms512m -Xmx512m";
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper json = JsonMapper.builder().build();

    /** The node's heap and how much of it is in use. */
    record Heap(long usedBytes, long maxBytes) {
    }

    private final URI uri;

    private ElasticsearchNode(URI uri) {
        this.uri = uri;
    }

    /**
     * Starts the node; the zips' paths come from the build (benchmark-build.properties) unless given with {@code -D}.
     */
    static ElasticsearchNode start() {
        Properties build = new Properties();
        try (InputStream in = ElasticsearchNode.class.getResourceAsStream("/benchmark-build.properties")) {
            build.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("benchmark-build.properties is missing; build with Maven (run.sh does)", e);
        }
        build.forEach((key, value) -> {
            if (System.getProperty((String) key) == null) {
                System.setProperty((String) key, (String) value);
            }
        });
        if (System.getProperty("lanmu.elasticsearch.java-opts") == null) {
            System.setProperty("lanmu.elasticsearch.java-opts", JAVA_OPTS);
        }
        return new ElasticsearchNode(ElasticsearchTestNode.httpUri());
    }

    URI uri() {
        return uri;
    }

    /** What the node runs with, e.g. {@code -Xms512m -Xmx512m}. */
    static String javaOpts() {
        return System.getProperty("lanmu.elasticsearch.java-opts", JAVA_OPTS);
    }

    /** The size on disk of the primary shards behind {@code alias}. */
    long storeBytes(String alias) {
        return get("/" + alias + "/_stats/store").path("_all").path("primaries").path("store").path("size_in_bytes")
                .asLong();
    }

    Heap heap() {
        JsonNode mem = onlyNode(get("/_nodes/stats/jvm")).path("jvm").path("mem");
        return new Heap(mem.path("heap_used_in_bytes").asLong(), mem.path("heap_max_in_bytes").asLong());
    }

    /** The node's process id, to account for the CPU it uses. */
    long pid() {
        return onlyNode(get("/_nodes/process")).path("process").path("id").asLong();
    }

    private static JsonNode onlyNode(JsonNode answer) {
        return answer.path("nodes").iterator().next();
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri.resolve(path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + path, e);
        }
    }
}
