package io.lanmu.web.auth;

import io.lanmu.shared.Actor;
import io.lanmu.user.ApiToken;
import io.lanmu.user.ApiTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tokens", description = "Personal API tokens for the management API")
@RestController
@RequestMapping("/api/auth/tokens")
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Issue a token for a username and password; the token is shown only in this answer",
            description = "After repeated wrong passwords for an account from one address, or from one address, "
                    + "sign-ins answer 429 with Retry-After for a growing time (1 s doubling up to 15 min).")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedTokenResponse issue(@RequestBody TokenRequest request, HttpServletRequest http) {
        // The address as Tomcat resolved it (behind a trusted proxy, from X-Forwarded-For).
        ApiTokens.IssuedToken issued = tokens.issue(request.username(), request.password(), request.name(),
                http.getRemoteAddr());
        return new IssuedTokenResponse(issued.token(), issued.id(), issued.name(), issued.expiresAt());
    }

    @Operation(summary = "Your tokens (an admin sees everybody's); the secrets themselves are never shown again")
    @GetMapping
    List<TokenResponse> list(Actor actor) {
        return tokens.visibleTo(actor).stream().map(TokenResponse::of).toList();
    }

    @Operation(summary = "Revoke a token; it stops working at once")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Actor actor) {
        tokens.revoke(id, actor);
    }

    record TokenRequest(String username, String password, String name) {
    }

    record IssuedTokenResponse(String token, long id, String name, Instant expiresAt) {
    }

    record TokenResponse(long id, long userId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            Instant revokedAt) {

        static TokenResponse of(ApiToken token) {
            return new TokenResponse(token.getId(), token.getUserId(), token.getName(), token.getCreatedAt(),
                    token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt());
        }
    }
}
