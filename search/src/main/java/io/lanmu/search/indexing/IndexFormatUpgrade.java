package io.lanmu.search.indexing;

import io.lanmu.search.IndexFormat;
import io.lanmu.search.SearchEngine;
import io.lanmu.shared.Conflict;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds an index written by an earlier build in an older format (see {@link IndexFormat}), which would otherwise
 * misbehave until someone rebuilt it by hand. Looks shortly after start, on the scheduler, so start-up never waits for
 * the engine; the rebuild runs in the background while searches keep using the old index. Looks again every
 * {@code lanmu.search.format-check-interval}: an engine that was down at start, or a rebuild that failed, is caught
 * up with then.
 */
@Component
public class IndexFormatUpgrade {

    private static final Logger log = LoggerFactory.getLogger(IndexFormatUpgrade.class);

    private final SearchEngine engine;
    private final IndexRebuild rebuild;

    IndexFormatUpgrade(SearchEngine engine, IndexRebuild rebuild) {
        this.engine = engine;
        this.rebuild = rebuild;
    }

    /**
     * Starts a rebuild if the index is outdated and none is running. The lock outlasts the check by a minute so that
     * instances started together (a cluster's restart) do not each rebuild the same outdated index; an instance that
     * looks later, while another one's rebuild still runs, would start a second one, which costs time but loses
     * nothing (the later swap wins, and each rebuild indexes again what changed meanwhile).
     */
    @SchedulerLock(name = "lanmu.search-format-upgrade", lockAtLeastFor = "PT1M", lockAtMostFor = "PT5M")
    public void upgradeIfOutdated() {
        IndexFormat format = engine.format();
        if (!format.outdated() || rebuild.progress().isRunning()) {
            return;
        }
        log.info("The {} search index was written in format {}; this build writes format {}. Rebuilding it in the "
                + "background; searches use the old index until the new one is complete", engine.name(),
                format.current(), format.wanted());
        try {
            rebuild.start();
        } catch (Conflict alreadyRunning) {
            // An admin started a rebuild a moment ago: it writes the new format too.
        }
    }
}
