package io.lanmu.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.LanmuApplication;
import io.lanmu.testsupport.H2Database;
import io.lanmu.web.TemporaryDataFolder;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * While the first start writes the sample site, the web server already accepts connections: it must
 * say "come back shortly" (503 with Retry-After) instead of showing an empty site, and readiness must
 * stay down until the site is there. The test holds the first start at its beginning to look.
 */
class FirstStartGateIntegrationTest {

    static final CountDownLatch HOLD = new CountDownLatch(1);
    static final CountDownLatch BEGAN = new CountDownLatch(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Configuration(proxyBeanMethods = false)
    static class HoldTheFirstStart {

        @Bean
        Object firstStartHolder() {
            return new Object() {
                @EventListener
                void on(FirstStartBegan began) throws InterruptedException {
                    BEGAN.countDown();
                    HOLD.await();
                }
            };
        }
    }

    @Test
    void answers503AndStaysUnreadyUntilTheSampleSiteIsWritten() throws Exception {
        int port = freePort();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(LanmuApplication.class, HoldTheFirstStart.class)
                        .initializers(new H2Database(), new TemporaryDataFolder())
                        .run("--server.port=" + port, "--lanmu.scheduling.enabled=false",
                                "--lanmu.setup.demo-password=first-start-gate"));
        try {
            BEGAN.await();
            String base = "http://localhost:" + port;
            await().atMost(Duration.ofSeconds(60)).until(() -> answers(base + "/actuator/health/liveness"));

            HttpResponse<String> columns = get(base + "/api/v1/columns");
            assertThat(columns.statusCode()).isEqualTo(503);
            assertThat(columns.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(columns.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(columns.body()).contains("\"code\":\"setting-up\"");
            assertThat(get(base + "/api/auth/tokens").statusCode()).isEqualTo(503);
            assertThat(get(base + "/actuator/health/readiness").body()).contains("OUT_OF_SERVICE");

            HOLD.countDown();
            ConfigurableApplicationContext context = starting.get();
            try {
                assertThat(get(base + "/actuator/health/readiness").body()).contains("\"UP\"");
                HttpResponse<String> site = get(base + "/api/v1/columns");
                assertThat(site.statusCode()).isEqualTo(200);
                assertThat(site.body()).contains("通知公告");
            }
            finally {
                context.close();
            }
        }
        finally {
            HOLD.countDown();
        }
    }

    private boolean answers(String url) {
        try {
            get(url);
            return true;
        }
        catch (IOException notYet) {
            return false;
        }
    }

    private HttpResponse<String> get(String url) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
