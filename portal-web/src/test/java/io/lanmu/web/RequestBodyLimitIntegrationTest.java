package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Request bodies above the limit are refused with 413 before they are read: by their Content-Length,
 * and by counting when they come chunked without one. Through a real socket, as an attacker sends them.
 */
@ServerTest
class RequestBodyLimitIntegrationTest {

    private static final String TOKEN_REQUEST = "POST /api/auth/tokens HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nConnection: close";

    @LocalServerPort
    int port;

    @Test
    void declaredOversizedBodyIsRefusedBeforeItIsSent() {
        // Only the headers are sent: an answer proves the server did not wait for the 50 MB.
        RawHttp.Answer answer = new RawHttp(port).send(TOKEN_REQUEST + "\r\nContent-Length: 52428800");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("https://lanmu.io/problems/request-too-large").contains("1048576");
    }

    @Test
    void chunkedBodyWithoutLengthIsCountedAndRefusedAtTheLimit() {
        RawHttp.Answer answer = new RawHttp(port).send(TOKEN_REQUEST + "\r\nTransfer-Encoding: chunked",
                RawHttp.chunked(3 * 1024 * 1024, 64 * 1024, (byte) ' '));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("https://lanmu.io/problems/request-too-large");
    }

    @Test
    void bodyWithinTheLimitIsReadAsUsual() {
        String json = "{\"username\": \"nobody\", \"password\": \"wrong\"}";
        RawHttp.Answer answer = new RawHttp(port).send(TOKEN_REQUEST + "\r\nTransfer-Encoding: chunked",
                RawHttp.text(Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("bad-credentials");
    }
}
