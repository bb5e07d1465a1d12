package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.shared.Actor;
import io.lanmu.shared.Role;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Wrong passwords slow further sign-ins down, per account and address and per address, with a wait
 * that doubles; a stranger elsewhere cannot lock an account out; waits and failures are audited.
 * Every test signs in from addresses of its own, since the counts live as long as the application.
 */
@ApiTest
class SignInThrottleIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokensForTests tokens;

    Actor editor;
    String address;

    @BeforeEach
    void setUp() {
        editor = site.person("editor", Role.EDITOR);
        address = randomAddress();
    }

    @Test
    void fiveWrongPasswordsMakeTheAccountWaitOneSecondThenTwo() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(editor.username(), "wrong password", address)).hasStatus(401);
        }

        MvcTestResult refused = signIn(editor.username(), TestSite.PASSWORD, address);
        assertThat(refused).hasStatus(429).hasHeader(HttpHeaders.RETRY_AFTER, "1").bodyJson()
                .extractingPath("$.type").isEqualTo("https://lanmu.io/problems/too-many-sign-in-attempts");
        assertThat(refused.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(editor.username(), "wrong password", address)).hasStatus(401);
        assertThat(signIn(editor.username(), TestSite.PASSWORD, address)).hasStatus(429)
                .hasHeader(HttpHeaders.RETRY_AFTER, "2");
        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn(editor.username(), TestSite.PASSWORD, address)).hasStatus(201);
    }

    @Test
    void strangerElsewhereCannotLockTheAccountOut() {
        String stranger = randomAddress();
        for (int i = 0; i < 12; i++) {
            signIn(editor.username(), "guess " + i, stranger);
        }
        assertThat(signIn(editor.username(), TestSite.PASSWORD, stranger)).hasStatus(429);

        assertThat(signIn(editor.username(), TestSite.PASSWORD, address)).hasStatus(201);
    }

    @Test
    void twentyFailuresFromOneAddressMakeTheWholeAddressWait() {
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("nobody-" + i + "-" + editor.username(), "wrong password", address)).hasStatus(401);
        }

        assertThat(signIn(editor.username(), TestSite.PASSWORD, address)).hasStatus(429);
        assertThat(signIn(editor.username(), TestSite.PASSWORD, randomAddress())).hasStatus(201);
    }

    @Test
    void failuresAreAuditedAndAWaitOnceHoweverOftenItIsHit() {
        for (int i = 0; i < 5; i++) {
            signIn(editor.username(), "wrong password", address);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(editor.username(), "wrong password", address)).hasStatus(429);
        }

        String admin = tokens.bearer(site.admin());
        assertThat(audit(admin, "SignInFailed")).bodyJson().extractingPath("$.totalElements").isEqualTo(5);
        assertThat(audit(admin, "SignInThrottled")).bodyJson().extractingPath("$.totalElements").isEqualTo(1);
    }

    private MvcTestResult audit(String admin, String action) {
        return mvc.get().uri("/api/admin/audit?subjectType=USER&subjectId={id}&action={action}", editor.userId(),
                action).header(HttpHeaders.AUTHORIZATION, admin).exchange();
    }

    private MvcTestResult signIn(String username, String password, String from) {
        return mvc.post().uri("/api/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password))
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                }).exchange();
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), random.nextInt(1, 255));
    }
}
