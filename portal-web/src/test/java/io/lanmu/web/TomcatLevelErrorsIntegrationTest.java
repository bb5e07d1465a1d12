package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tomcat refuses before Spring sees it (undecodable query strings, malformed URIs and request
 * lines) and the container's error page answer problem details too, not HTML. Through a real socket,
 * since MockMvc never parses a request line.
 */
@ServerTest
class TomcatLevelErrorsIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void queryStringsThatAreNotUtf8AreBadRequests() {
        for (String target : new String[] {"/api/v1/search?q=%FF%FE", "/api/v1/suggest?q=%ED%A0%80",
            "/api/admin/audit?actor=%FF"}) {
            RawHttp.Answer answer = get(target);

            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
            assertThat(answer.body()).as(target).contains("parameter-encoding-invalid");
        }
    }

    @Test
    void malformedUriAnswersProblemDetailsNotTomcatsHtmlPage() {
        RawHttp.Answer answer = get("/api/v1/items/%FF%FE");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("https://lanmu.io/problems/http-400").doesNotContain("<html");
    }

    @Test
    void malformedRequestLineAnswersProblemDetailsNotTomcatsHtmlPage() {
        RawHttp.Answer answer = get("/api/v1/columns?a=<script>|{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("<html");
    }

    @Test
    void containersErrorPageAnswersProblemDetails() {
        RawHttp.Answer answer = get("/error");

        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("https://lanmu.io/problems/").doesNotContain("timestamp");
    }

    private RawHttp.Answer get(String target) {
        return new RawHttp(port).send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close");
    }
}
