package io.lanmu.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.lanmu.web.WebProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The kept answers, by address, and the generation of the site they belong to. Every change to what the public
 * sees starts a new generation; only answers of the current one are served. An answer records the generation read
 * when its rendering began, so one rendered from data a publication was just replacing is never served after that
 * publication committed, however late it arrives here.
 *
 * <p>How long an answer is kept at most is measured on the monotonic ticker, not on the site's {@code Clock}: it is
 * a bound on memory and on a missed change, not a rule about content.
 */
@Component
class StoredPages {

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, StoredPage> pages;
    /**
     * When each body, by its ETag, was first served. Kept across generations: a publication elsewhere on the site
     * renders this page again with the same bytes, and its Last-Modified must not move (If-Modified-Since would
     * then miss). Not a rule about content, so bounded by count only.
     */
    private final Cache<String, Instant> firstServed = Caffeine.newBuilder().maximumSize(100_000).build();
    private final Clock clock;

    StoredPages(WebProperties properties, Clock clock) {
        this.clock = clock;
        this.pages = Caffeine.newBuilder().maximumWeight(properties.pageCache().maxSize().toBytes())
                .weigher((String key, StoredPage page) -> page.weight(key))
                .expireAfter(Expiry.creating((String key, StoredPage page) -> page.maxAge()))
                .build();
    }

    /** When the body with {@code etag} was first served: now, unless it was served before. */
    Instant firstServed(String etag) {
        return firstServed.get(etag, tag -> clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The generation to record in an answer whose rendering begins now. */
    long generation() {
        return generation.get();
    }

    /** The answer kept for {@code key}, if it belongs to the current generation. */
    StoredPage find(String key) {
        StoredPage page = pages.getIfPresent(key);
        return page != null && page.generation() == generation.get() ? page : null;
    }

    void keep(String key, StoredPage page) {
        if (page.generation() == generation.get()) {
            pages.put(key, page);
        }
    }

    /** What the public sees has changed: every answer kept so far is out of date. */
    void startNewGeneration() {
        generation.incrementAndGet();
        // Frees the memory at once; an answer still being stored with the old generation is never served anyway.
        pages.invalidateAll();
    }

    long size() {
        return pages.estimatedSize();
    }
}
