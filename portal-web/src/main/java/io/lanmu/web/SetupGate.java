package io.lanmu.web;

import io.lanmu.setup.SetupProgress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the first start has set the installation up, answers every request but the health probes
 * with 503 and a Retry-After: the web server accepts connections before the sample site is written,
 * and an empty column tree would look like a real, empty site.
 */
class SetupGate extends OncePerRequestFilter {

    /** Seconds a client should wait; writing the sample site takes a few. */
    private static final String RETRY_AFTER = "5";

    private final SetupProgress progress;
    private final ProblemWriter problems;

    SetupGate(SetupProgress progress, ProblemWriter problems) {
        this.progress = progress;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return progress.isComplete() || request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "setting-up");
    }
}
