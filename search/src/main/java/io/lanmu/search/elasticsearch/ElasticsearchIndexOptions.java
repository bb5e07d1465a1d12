package io.lanmu.search.elasticsearch;

/**
 * Where and how the engine keeps its documents.
 *
 * @param alias the name searches and writes use; the indices behind it are named {@code <alias>-<generation>}
 * @param shards primary shards of each index; one suits a site's worth of documents
 * @param replicas copies of each shard; zero on a single node, at least one on a production cluster
 */
public record ElasticsearchIndexOptions(String alias, int shards, int replicas) {

    public ElasticsearchIndexOptions {
        if (alias == null || !alias.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException(
                    "An index alias is lowercase letters, digits, '-', '_' or '.': " + alias);
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("Shards must be at least 1 and replicas at least 0");
        }
    }

    /** One shard and no replica: a single node, as in development and tests. */
    public static ElasticsearchIndexOptions singleNode(String alias) {
        return new ElasticsearchIndexOptions(alias, 1, 0);
    }
}
