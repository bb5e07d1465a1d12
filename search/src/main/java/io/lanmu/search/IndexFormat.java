package io.lanmu.search;

/**
 * The format version of an index: how the engine maps documents to its fields. Each engine numbers its own formats
 * and bumps its number with every change to what an index holds ({@code DocumentMapper.FORMAT} for Lucene,
 * {@code IndexDefinition.FORMAT} for Elasticsearch). An index written in an older format is rebuilt in the
 * background, while searches keep using it until the new one is swapped in.
 *
 * @param current the version the index searches use now was written in: 0 for an index written before versions were
 *     recorded, null when the engine cannot be reached
 * @param wanted the version this build writes
 */
public record IndexFormat(Integer current, int wanted) {

    /** What an engine that cannot be reached says: the version of its index is unknown. */
    public static IndexFormat unknown(int wanted) {
        return new IndexFormat(null, wanted);
    }

    /**
     * Whether the index was written in an older format than this build writes. An index written by a newer build (in
     * a rolling upgrade, the instances already upgraded rebuild it) is not outdated: rebuilding it here would only
     * make the newer instances rebuild it again.
     */
    public boolean outdated() {
        return current != null && current < wanted;
    }
}
