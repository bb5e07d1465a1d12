package io.lanmu.web;

import io.lanmu.user.ApiTokens;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Checks a Bearer token against Lanmu's own token store. Plugging into Spring Security's opaque-token
 * support gives standard Bearer handling (parsing, WWW-Authenticate answers) for free.
 */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

    private final ApiTokens tokens;

    TokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        return tokens.authenticate(token).map(StaffPrincipal::new)
                .orElseThrow(() -> new BadOpaqueTokenException("The token is unknown, expired or revoked"));
    }
}
