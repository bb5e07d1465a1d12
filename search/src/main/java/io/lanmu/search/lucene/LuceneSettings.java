package io.lanmu.search.lucene;

/**
 * Tuning of the embedded engine.
 *
 * @param ramBufferMegabytes memory the writer fills before it writes a segment; only a rebuild, which commits once at
 *     the end, comes near it, since every acknowledged batch is committed anyway
 */
public record LuceneSettings(double ramBufferMegabytes) {

    public static final LuceneSettings DEFAULTS = new LuceneSettings(64);

    public LuceneSettings {
        if (ramBufferMegabytes <= 0) {
            throw new IllegalArgumentException("ramBufferMegabytes must be positive, was " + ramBufferMegabytes);
        }
    }
}
