package io.lanmu.web.cache;

import java.time.Duration;
import java.util.List;

/**
 * One kept answer: exactly what the controller, the security headers and the filters in between wrote, so serving
 * it again needs none of them.
 *
 * @param generation the generation of the site the answer was rendered from (read when rendering began)
 * @param etag the strong entity tag of {@code body}, quoted
 * @param lastModified when this instance first served these very bytes, to the second (HTTP dates have no more)
 * @param maxAge how long the answer is kept at most
 * @param onEveryHit the work a controller asked to repeat each time the answer is served again, or {@code null}
 * @param attributes the request attributes to set again each time it is served (see PageCaching.keepAttribute)
 */
record StoredPage(long generation, String contentType, List<Header> headers, byte[] body, String etag,
        java.time.Instant lastModified, Duration maxAge, Runnable onEveryHit, java.util.Map<String, Object> attributes) {

    /** Roughly the memory the answer takes: its body, its headers and its key. */
    int weight(String key) {
        int size = body.length + key.length() * 2 + 256;
        for (Header header : headers) {
            size += (header.name().length() + header.value().length()) * 2 + 32;
        }
        return size;
    }

    record Header(String name, String value) {
    }
}
