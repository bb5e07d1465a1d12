package io.lanmu.search.lucene;

import io.lanmu.shared.SiteProperties;
import java.time.ZoneId;

/**
 * Settings of the embedded engine.
 *
 * @param ramBufferMegabytes memory the writer fills before it writes a segment; only a rebuild, which commits once at
 *     the end, comes near it, since every acknowledged batch is committed anyway
 * @param yearsIn the zone the year facet counts years in: the site's
 */
public record LuceneSettings(double ramBufferMegabytes, ZoneId yearsIn) {

    public static final LuceneSettings DEFAULTS = new LuceneSettings(64, SiteProperties.defaultTimeZone());

    public LuceneSettings {
        if (ramBufferMegabytes <= 0) {
            throw new IllegalArgumentException("ramBufferMegabytes must be positive, was " + ramBufferMegabytes);
        }
        if (yearsIn == null) {
            throw new IllegalArgumentException("The zone of the year facet is missing");
        }
    }
}
