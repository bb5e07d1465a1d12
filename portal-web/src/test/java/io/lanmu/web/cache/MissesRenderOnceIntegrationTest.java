package io.lanmu.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.web.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Many visitors missing one address at the same moment, on a real Tomcat: the page is rendered once and every one of
 * them is served that rendering.
 */
@ServerTest
@Import(MissesRenderOnceIntegrationTest.SlowPage.class)
class MissesRenderOnceIntegrationTest {

    private static final int VISITORS = 16;

    @LocalServerPort
    int port;

    @Autowired
    SlowPage page;

    @Autowired
    Renderings renderings;

    @Test
    void concurrentMissesOfOneAddressRenderItOnceAndAllGetThatAnswer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (ExecutorService visitors = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> answers = IntStream.range(0, VISITORS)
                    .mapToObj(i -> visitors.submit(() -> http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/slow-page")).build(),
                            HttpResponse.BodyHandlers.ofString())))
                    .toList();
            // The first request renders and holds its rendering open until all the others wait for it.
            await().atMost(Duration.ofSeconds(30)).until(() -> renderings.waiting() == VISITORS - 1);
            page.release.countDown();

            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("rendering 1");
            }
        }
        assertThat(page.renderings.get()).isEqualTo(1);
    }

    @TestConfiguration(proxyBeanMethods = false)
    @RestController
    static class SlowPage {

        final AtomicInteger renderings = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @GetMapping("/slow-page")
        String render() throws InterruptedException {
            int rendering = renderings.incrementAndGet();
            release.await(30, TimeUnit.SECONDS);
            return "rendering " + rendering;
        }
    }
}
