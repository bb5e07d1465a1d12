package io.lanmu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers authentication and authorization failures, which happen before Spring MVC is reached, with
 * the same problem details as everything else.
 */
@Component
class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;

    ProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean badToken = failure instanceof InvalidBearerTokenException
                || failure.getCause() instanceof InvalidBearerTokenException;
        // RFC 6750: tell the client which scheme to use, and whether the token it sent was the problem.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken
                ? "Bearer error=\"invalid_token\", error_description=\"The token is unknown, expired or revoked\""
                : "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, badToken ? "invalid-token" : "unauthenticated");
    }

    void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "access-denied");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        write(request, response, status, code, null);
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            Object[] arguments) throws IOException {
        ProblemDetail problem = problems.of(status, code, arguments, status.getReasonPhrase(), request.getLocale());
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as Spring MVC answers too.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
