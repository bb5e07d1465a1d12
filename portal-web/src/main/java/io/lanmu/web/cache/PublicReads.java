package io.lanmu.web.cache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;

/**
 * Which requests are anonymous reads of published content, the ones whose answers may be kept: GET and HEAD of the
 * site's pages and feeds and of the public API's columns and items, without a token or a session. Staff requests,
 * attachment downloads (streamed, and large), the API documentation, static theme files and anything under
 * {@code /preview} never are.
 */
class PublicReads {

    private static final Pattern API_READS = Pattern.compile("/api/v1/(columns(/\\d+(/items)?)?|items/\\d+|search|suggest)");
    private static final Set<String> SEARCHES = Set.of("/search", "/api/v1/search", "/api/v1/suggest");
    private static final List<String> NOT_SITE_PAGES = List.of("/api/", "/v3/", "/swagger-ui", "/actuator/", "/error",
            "/theme/", "/preview", "/webjars/");

    boolean isPublicRead(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || hasSession(request)) {
            return false;
        }
        String path = path(request);
        if (path.startsWith("/api/")) {
            return API_READS.matcher(path).matches();
        }
        return NOT_SITE_PAGES.stream().noneMatch(path::startsWith);
    }

    private static boolean hasSession(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null) {
            return true;
        }
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String sessionCookie = name == null ? "JSESSIONID" : name;
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().equals(sessionCookie));
    }

    boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    /**
     * The search page and the API's search and suggestions: their answers are kept briefly, since the index takes a
     * moment to catch up with a change.
     */
    boolean isSearch(HttpServletRequest request) {
        return SEARCHES.contains(path(request));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
