package io.lanmu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a public page or public API read may tell the page cache, which keeps the answers of published content in
 * memory and serves them again without running the controller (see {@code lanmu.web.page-cache.*}).
 */
public final class PageCaching {

    /** Set on a request whose answer the cache may keep, before anything else sees the request. */
    static final String CANDIDATE = PageCaching.class.getName() + ".CANDIDATE";

    /** The work to repeat each time a kept answer is served again. */
    public static final String ON_EVERY_HIT = PageCaching.class.getName() + ".ON_EVERY_HIT";

    /** The request attributes kept with an answer, to be set again each time it is served from memory. */
    private static final String KEPT_ATTRIBUTES = PageCaching.class.getName() + ".KEPT_ATTRIBUTES";

    private PageCaching() {
    }

    /**
     * Sets a request attribute that the page cache keeps with the answer and sets again on every request it serves
     * from memory, for what a filter in front of the cache reads after the answer (the page a visit counts for).
     */
    public static void keepAttribute(HttpServletRequest request, String name, Object value) {
        request.setAttribute(name, value);
        @SuppressWarnings("unchecked")
        Map<String, Object> kept = (Map<String, Object>) request.getAttribute(KEPT_ATTRIBUTES);
        if (kept == null) {
            kept = new LinkedHashMap<>();
            request.setAttribute(KEPT_ATTRIBUTES, kept);
        }
        kept.put(name, value);
    }

    /** The attributes {@link #keepAttribute} set on {@code request}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> keptAttributes(HttpServletRequest request) {
        Object kept = request.getAttribute(KEPT_ATTRIBUTES);
        return kept == null ? Map.of() : Map.copyOf((Map<String, Object>) kept);
    }

    /**
     * Asks for {@code work} to run each time the answer to {@code request} is served again from memory, for what
     * must be counted per visit (a search for the query log); {@code work} must answer at once, without I/O.
     */
    public static void onEveryHit(HttpServletRequest request, Runnable work) {
        request.setAttribute(ON_EVERY_HIT, work);
    }

    /** Whether the answer to {@code request} is one the cache may keep. */
    static boolean isCandidate(HttpServletRequest request) {
        return request.getAttribute(CANDIDATE) != null;
    }

    /** Marks {@code request} as one whose answer the cache may keep. */
    public static void markCandidate(HttpServletRequest request) {
        request.setAttribute(CANDIDATE, Boolean.TRUE);
    }
}
