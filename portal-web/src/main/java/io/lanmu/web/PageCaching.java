package io.lanmu.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a public page or public API read may tell the page cache, which keeps the answers of published content in
 * memory and serves them again without running the controller (see {@code lanmu.web.page-cache.*}).
 */
public final class PageCaching {

    /** Set on a request whose answer the cache may keep, before anything else sees the request. */
    static final String CANDIDATE = PageCaching.class.getName() + ".CANDIDATE";

    /** The work to repeat each time a kept answer is served again. */
    public static final String ON_EVERY_HIT = PageCaching.class.getName() + ".ON_EVERY_HIT";

    private PageCaching() {
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
