package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.ColumnKind;
import io.lanmu.testsupport.TestSite;
import io.lanmu.web.ApiTest;
import io.lanmu.web.ApiTokensForTests;
import io.lanmu.web.Json;
import io.lanmu.webhook.WebhookDispatcher;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * With the default settings webhooks go to public addresses only (SSRF): an address inside a private network is
 * refused when registered, and again when a delivery is due, should its name have come to resolve inward since.
 */
@ApiTest
@Import(Publishing.class)
class WebhookAddressApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    Publishing publishing;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
        "http://192.168.1.10/hook", "http://172.16.0.1/hook", "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://[64:ff9b::a00:1]/hook",
        "http://[2002:c0a8:101::1]/hook", "http://[::a00:1]/hook", "http://0.0.0.0/hook", "http://100.64.0.1/hook"})
    void privateAddressIsRefusedWith422(String url) {
        MvcTestResult refused = mvc.post().uri("/api/admin/webhooks")
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(site.admin())).contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\":\"" + url + "\"}").exchange();

        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(Json.stringAt(refused, "$.code")).isEqualTo("webhook-address-private");
        assertThat(Json.stringAt(refused, "$.detail")).contains("内部网络");
        assertThat(jdbc.queryForObject("select count(*) from webhook where url = ?", Integer.class, url)).isZero();
    }

    @Test
    void addressThatTurnedPrivateIsRefusedAtDeliveryTime() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            // As if the name had resolved to a public address when it was registered.
            jdbc.update("insert into webhook (url, events, description, enabled, secret, created_at, updated_at) "
                    + "values (?, 'item.published', null, true, 'whsec_test', ?, ?)", receiver.url(),
                    OffsetDateTime.now(ZoneOffset.UTC), OffsetDateTime.now(ZoneOffset.UTC));
            long hook = jdbc.queryForObject("select id from webhook where url = ?", Long.class, receiver.url());
            publishing.published(publishing.column(null, "内网新闻", ColumnKind.LIST), "不该发往内网的通告");

            dispatcher.deliverDue();

            assertThat(receiver.received()).isEmpty();
            assertThat(jdbc.queryForObject("select a.outcome from webhook_attempt a join webhook_delivery d "
                    + "on d.id = a.delivery_id where d.webhook_id = ?", String.class, hook)).isEqualTo("REFUSED");
        }
    }
}
