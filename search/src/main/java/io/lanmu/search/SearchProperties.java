package io.lanmu.search;

import io.lanmu.background.LaneSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of search ({@code lanmu.search.*}).
 *
 * @param engine {@code lucene} (embedded, the default) or {@code elasticsearch}
 * @param indexingLane the background lane index updates run in
 * @param probeInterval how often the engine is asked whether it answers
 * @param queryLog whether public queries are recorded (without personal data) for the quarterly report
 * @param formatCheckInterval how often the index is checked for a format older than this build writes (and then
 *     rebuilt), after a first check shortly after start
 * @param synonymRefresh how soon a synonym added on another instance applies here (the dictionary's version is read
 *     at most this often; on the instance that changed it, at once)
 */
@Validated
@ConfigurationProperties("lanmu.search")
public record SearchProperties(@NotNull @DefaultValue("lucene") Engine engine, @Valid @DefaultValue Lucene lucene,
        @Valid @DefaultValue Elasticsearch elasticsearch, @Valid @DefaultValue LaneSize indexingLane,
        @NotNull @DefaultValue("PT5S") Duration probeInterval, @DefaultValue("true") boolean queryLog,
        @NotNull @DefaultValue("PT5M") Duration formatCheckInterval, @NotNull @DefaultValue("PT2S") Duration synonymRefresh) {

    public enum Engine {
        LUCENE,
        ELASTICSEARCH
    }

    /**
     * @param directory the index folder (one machine; in a cluster use Elasticsearch)
     * @param ramBufferMb memory the writer fills before writing a segment
     */
    public record Lucene(@NotNull @DefaultValue("./data/index") Path directory,
            @Positive @DefaultValue("64") double ramBufferMb) {
    }

    /**
     * @param alias the alias searches use; the index behind it changes on every rebuild
     * @param shards primary shards of a new index
     * @param replicas replicas of a new index (at least 1 on a production cluster)
     */
    public record Elasticsearch(@NotNull @DefaultValue("lanmu-items") String alias,
            @Min(1) @DefaultValue("1") int shards, @Min(0) @DefaultValue("0") int replicas) {
    }
}
