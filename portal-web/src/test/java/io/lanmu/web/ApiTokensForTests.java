package io.lanmu.web;

import io.lanmu.shared.Actor;
import io.lanmu.testsupport.TestSite;
import io.lanmu.user.ApiTokens;
import org.springframework.stereotype.Component;

/**
 * Issues a Bearer header for a test person, the way a real client gets one.
 */
@Component
public class ApiTokensForTests {

    private final ApiTokens tokens;

    public ApiTokensForTests(ApiTokens tokens) {
        this.tokens = tokens;
    }

    public String bearer(Actor actor) {
        return "Bearer " + tokens.issue(actor.username(), TestSite.PASSWORD, "test").token();
    }
}
