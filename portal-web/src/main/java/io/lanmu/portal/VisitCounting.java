package io.lanmu.portal;

import io.lanmu.visit.PageView;
import io.lanmu.visit.Visits;
import io.lanmu.web.PageCaching;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts a visit for every page a visitor got: a page's controller names what it showed ({@link #viewed}), the page
 * cache names it again when it serves the page from memory, and this filter, in front of the cache, counts it in
 * memory once the answer is 200 or 304. Prefetches a browser made on speculation are not visits.
 */
class VisitCounting extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(VisitCounting.class);

    private static final String VIEWED = VisitCounting.class.getName() + ".VIEWED";

    private final Visits visits;

    VisitCounting(Visits visits) {
        this.visits = visits;
    }

    /** What the page answering {@code request} shows, to count when it has been answered. */
    static void viewed(HttpServletRequest request, PageView view) {
        PageCaching.keepAttribute(request, VIEWED, view);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || "prefetch".equalsIgnoreCase(request.getHeader("Sec-Purpose"))
                || "prefetch".equalsIgnoreCase(request.getHeader("Purpose"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if ((status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_NOT_MODIFIED)
                && request.getAttribute(VIEWED) instanceof PageView view) {
            try {
                visits.record(view, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
                        request.getHeader(HttpHeaders.REFERER), request.getServerName());
            }
            catch (RuntimeException e) {
                // The page has been served; a view left uncounted must not turn it into an error.
                log.debug("A page view was not counted: {}", e.getMessage());
            }
        }
    }
}
