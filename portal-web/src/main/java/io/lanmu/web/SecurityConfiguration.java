package io.lanmu.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API is stateless: staff authenticate every request with a personal Bearer token; the public
 * read API and the documentation need none.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The API answers JSON and files: nothing in it may load, frame or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * Swagger UI is a page of the site's own scripts; it sets styles inline as it renders, which is all
     * it is allowed beyond its own origin.
     */
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** The public site's pages: the theme's own stylesheet and script, nothing inline. */
    static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/v3/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/error"));

    private static final RequestMatcher DOCS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

    @Bean
    SecurityFilterChain api(HttpSecurity http, TokenIntrospector introspector, ProblemWriter problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .cors(cors -> { })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/tokens").permitAll()
                        .requestMatchers("/api/v1/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health/**", "/actuator/info", "/error").permitAll()
                        .requestMatchers("/api/admin/**", "/api/auth/**", "/actuator/**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resource -> resource
                        .opaqueToken(opaque -> opaque.introspector(introspector))
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::unauthenticated)
                        .accessDeniedHandler(problems::accessDenied))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(noStoreUnlessKept())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(DOCS,
                                new ContentSecurityPolicyHeaderWriter(DOCS_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API,
                                new ContentSecurityPolicyHeaderWriter(API_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(API, DOCS)),
                                new ContentSecurityPolicyHeaderWriter(SITE_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // Only for requests that came over TLS, directly or through a proxy that says so.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
                .build();
    }

    /**
     * Security's "do not keep" headers on every answer but the 200s of public reads: the page cache keeps those and
     * says itself how long browsers and proxies may (see PageCacheFilter).
     */
    private static HeaderWriter noStoreUnlessKept() {
        CacheControlHeadersWriter noStore = new CacheControlHeadersWriter();
        return (request, response) -> {
            if (!(PageCaching.isCandidate(request) && response.getStatus() == 200)) {
                noStore.writeHeaders(request, response);
            }
        };
    }
}
