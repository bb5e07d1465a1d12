package io.lanmu.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;

/**
 * A request without its conditions: whatever answers it below the page cache renders the full answer to keep, and
 * the cache answers the conditions itself, with its own ETag.
 */
final class UnconditionalRequest extends HttpServletRequestWrapper {

    private static final Set<String> CONDITIONS = Set.of("if-none-match", "if-modified-since", "if-match",
            "if-unmodified-since", "if-range");

    UnconditionalRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getHeader(String name) {
        return isCondition(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return isCondition(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public long getDateHeader(String name) {
        return isCondition(name) ? -1 : super.getDateHeader(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                .filter(name -> !isCondition(name)).toList());
    }

    private static boolean isCondition(String name) {
        return CONDITIONS.contains(name.toLowerCase(Locale.ROOT));
    }
}
