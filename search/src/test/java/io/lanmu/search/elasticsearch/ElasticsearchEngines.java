package io.lanmu.search.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.util.Timeout;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;

/**
 * Engines for tests, without a Spring context: a client with short timeouts, the template on it, and an alias of
 * the test's own, so that test classes sharing the node never see each other's documents.
 */
final class ElasticsearchEngines {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicInteger aliases = new AtomicInteger();
    private static ElasticsearchTemplate onTestNode;

    private ElasticsearchEngines() {
    }

    /** An engine on the shared test node, behind an alias no other engine of this JVM uses. */
    static ElasticsearchSearchEngine onTestNode(String aliasPrefix) {
        return on(templateOnTestNode(), uniqueAlias(aliasPrefix));
    }

    static ElasticsearchSearchEngine on(ElasticsearchTemplate template, String alias) {
        return new ElasticsearchSearchEngine(template, ElasticsearchIndexOptions.singleNode(alias));
    }

    static String uniqueAlias(String prefix) {
        return prefix + "-" + aliases.incrementAndGet();
    }

    /** One client for the whole JVM, like the node: its connections and threads live until the JVM exits. */
    static synchronized ElasticsearchTemplate templateOnTestNode() {
        if (onTestNode == null) {
            onTestNode = templateOn(ElasticsearchTestNode.httpUri());
        }
        return onTestNode;
    }

    /**
     * A template on the node at {@code uri}, built as Spring Boot builds it (the rest5 client, Jackson 3), with a
     * short connect timeout so that an unreachable node fails a call at once.
     */
    static ElasticsearchTemplate templateOn(URI uri) {
        Rest5Client rest = Rest5Client.builder(uri)
                .setConnectionConfigCallback(connection -> connection
                        .setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                        .setSocketTimeout(Timeout.of(SOCKET_TIMEOUT)))
                .setRequestConfigCallback(request -> request.setResponseTimeout(Timeout.of(SOCKET_TIMEOUT)))
                .build();
        return new ElasticsearchTemplate(
                new ElasticsearchClient(new Rest5ClientTransport(rest, new Jackson3JsonpMapper())));
    }
}
