package io.lanmu.search.indexing;

import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries index updates that did not complete: those that failed while the engine was down, and
 * those a crash interrupted. It waits until the engine answers, so an outage does not turn into a
 * storm of failing retries.
 */
@Component
public class IndexCatchUp {

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);

    private final IncompleteEventPublications incomplete;
    private final SearchEngine engine;
    private final SearchProperties properties;

    IndexCatchUp(IncompleteEventPublications incomplete, SearchEngine engine, SearchProperties properties) {
        this.incomplete = incomplete;
        this.engine = engine;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${lanmu.search.catch-up-interval:PT30S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "lanmu.search-catch-up", lockAtMostFor = "PT10M")
    public void catchUp() {
        if (!engine.isAvailable()) {
            log.debug("Search engine {} is not available; index updates wait", engine.name());
            return;
        }
        incomplete.resubmitIncompletePublicationsOlderThan(properties.catchUpMinAge());
    }
}
