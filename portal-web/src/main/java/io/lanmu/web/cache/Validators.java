package io.lanmu.web.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The validators of a kept answer, ETag and Last-Modified, and the conditions a client sends with them, evaluated as
 * RFC 9110 (section 13.2.2) orders: {@code If-None-Match} when present, {@code If-Modified-Since} only otherwise.
 */
final class Validators {

    private Validators() {
    }

    static void write(StoredPage page, HttpServletResponse response) {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
    }

    /** Whether the client holds this answer already, so that 304 tells it enough. */
    static boolean notModified(StoredPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Etags.matches(ifNoneMatch, page.etag());
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        }
        catch (IllegalArgumentException notADate) {
            // RFC 9110: a date that does not parse is ignored.
            return false;
        }
        return since >= 0 && page.lastModified().toEpochMilli() <= since;
    }
}
