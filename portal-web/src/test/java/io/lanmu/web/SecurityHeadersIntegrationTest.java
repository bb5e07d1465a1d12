package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.shared.Role;
import io.lanmu.testsupport.TestSite;
import io.lanmu.user.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Response headers that keep browsers from being turned against the site: a strict content security
 * policy (Swagger UI its own), a referrer policy, no sniffing, HSTS behind a TLS proxy; and health
 * details for admins only. Through a real socket, since forwarded headers are Tomcat's business.
 */
@ServerTest
class SecurityHeadersIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokens tokens;

    @Test
    void apiAnswersCarryAStrictPolicyAndNoHstsOverPlainHttp() {
        RawHttp.Answer answer = get("/api/v1/columns", "");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void requestsThatCameOverTlsThroughAProxyGetHsts() {
        RawHttp.Answer answer = get("/api/v1/columns", "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.7");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Strict-Transport-Security")).startsWith("max-age=31536000");
    }

    @Test
    void swaggerUiLoadsUnderItsOwnPolicyWithoutInlineScripts() {
        RawHttp.Answer page = get("/swagger-ui/index.html", "");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(page.body()).doesNotContainPattern("<script>[^<]+</script>");
        assertThat(get("/swagger-ui/swagger-initializer.js", "").status()).isEqualTo(200);
    }

    @Test
    void healthDetailsAreForAdminsOnly() {
        String editor = tokens.issue(site.person("editor", Role.EDITOR).username(), TestSite.PASSWORD, "t").token();
        String admin = tokens.issue(site.admin().username(), TestSite.PASSWORD, "t").token();

        assertThat(get("/actuator/health", "").body()).contains("\"status\"").doesNotContain("components");
        assertThat(get("/actuator/health", "\r\nAuthorization: Bearer " + editor).body())
                .doesNotContain("components");
        assertThat(get("/actuator/health", "\r\nAuthorization: Bearer " + admin).body()).contains("components")
                .contains("db");
    }

    private RawHttp.Answer get(String target, String headers) {
        return new RawHttp(port).send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close" + headers);
    }
}
