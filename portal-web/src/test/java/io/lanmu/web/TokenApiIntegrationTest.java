package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.shared.Actor;
import io.lanmu.testsupport.TestSite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Personal API tokens: issued for a username and password, listed, revoked.
 */
@ApiTest
class TokenApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Test
    void tokenIsIssuedForValidCredentialsAndOpensTheManagementApi() {
        Actor editor = site.person("editor", io.lanmu.shared.Role.EDITOR);

        MvcTestResult issued = issue(editor.username(), TestSite.PASSWORD);

        assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.token").asString().startsWith("lmu_");
        assertThat(mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, bearer(issued))).hasStatusOk()
                .bodyJson().extractingPath("$.username").isEqualTo(editor.username());
    }

    @Test
    void wrongPasswordGets401WithoutSayingWhichPartWasWrong() {
        Actor editor = site.person("editor", io.lanmu.shared.Role.EDITOR);

        MvcTestResult refused = issue(editor.username(), "not the password");

        assertThat(refused).hasStatus(401).bodyJson().extractingPath("$.code").isEqualTo("bad-credentials");
        assertThat(issue("nobody-" + editor.username(), "whatever")).hasStatus(401).bodyJson()
                .extractingPath("$.code").isEqualTo("bad-credentials");
    }

    @Test
    void revokedTokenStopsWorkingAtOnce() {
        Actor approver = site.approver();
        MvcTestResult issued = issue(approver.username(), TestSite.PASSWORD);
        String bearer = bearer(issued);
        long tokenId = Json.longAt(issued, "$.id");

        assertThat(mvc.get().uri("/api/auth/tokens").header(HttpHeaders.AUTHORIZATION, bearer)).hasStatusOk()
                .bodyJson().extractingPath("$[*].id").asArray().contains((int) tokenId);
        assertThat(mvc.delete().uri("/api/auth/tokens/" + tokenId).header(HttpHeaders.AUTHORIZATION, bearer))
                .hasStatus(204);

        assertThat(mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, bearer)).hasStatus(401);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        MvcTestResult theirs = issue(site.approver().username(), TestSite.PASSWORD);
        String mine = bearer(issue(site.person("editor", io.lanmu.shared.Role.EDITOR).username(), TestSite.PASSWORD));

        assertThat(mvc.delete().uri("/api/auth/tokens/" + Json.longAt(theirs, "$.id"))
                .header(HttpHeaders.AUTHORIZATION, mine)).hasStatus(404);
        assertThat(mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, bearer(theirs))).hasStatusOk();
    }

    @Test
    void changingThePasswordRevokesEveryTokenOfTheAccount() {
        Actor editor = site.person("editor", io.lanmu.shared.Role.EDITOR);
        String first = bearer(issue(editor.username(), TestSite.PASSWORD));
        String second = bearer(issue(editor.username(), TestSite.PASSWORD));
        String others = bearer(issue(site.approver().username(), TestSite.PASSWORD));

        assertThat(mvc.put().uri("/api/admin/users/" + editor.userId() + "/password")
                .header(HttpHeaders.AUTHORIZATION, first).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\": \"a new and long password\"}")).hasStatus2xxSuccessful();

        assertThat(mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, first)).hasStatus(401);
        assertThat(mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, second)).hasStatus(401);
        assertThat(mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, others)).hasStatusOk();
        String fresh = bearer(issue(editor.username(), "a new and long password"));
        assertThat(mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, fresh)).hasStatusOk();
    }

    private MvcTestResult issue(String username, String password) {
        return mvc.post().uri("/api/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password)).exchange();
    }

    private static String bearer(MvcTestResult issued) {
        return "Bearer " + Json.stringAt(issued, "$.token");
    }
}
