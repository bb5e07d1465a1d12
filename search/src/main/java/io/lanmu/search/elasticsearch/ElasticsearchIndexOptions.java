package io.lanmu.search.elasticsearch;

import io.lanmu.shared.SiteProperties;
import java.time.ZoneId;

/**
 * Where and how the engine keeps its documents.
 *
 * @param alias the name searches and writes use; the indices behind it are named {@code <alias>-<generation>}
 * @param shards primary shards of each index; one suits a site's worth of documents
 * @param replicas copies of each shard; zero on a single node, at least one on a production cluster
 * @param yearsIn the zone the year facet counts years in: the site's
 */
public record ElasticsearchIndexOptions(String alias, int shards, int replicas, ZoneId yearsIn) {

    public ElasticsearchIndexOptions {
        if (alias == null || !alias.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException(
                    "An index alias is lowercase letters, digits, '-', '_' or '.': " + alias);
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("Shards must be at least 1 and replicas at least 0");
        }
        if (yearsIn == null) {
            throw new IllegalArgumentException("The zone of the year facet is missing");
        }
    }

    /** One shard and no replica: a single node, as in development and tests, counting years in the default zone. */
    public static ElasticsearchIndexOptions singleNode(String alias) {
        return new ElasticsearchIndexOptions(alias, 1, 0, SiteProperties.defaultTimeZone());
    }
}
