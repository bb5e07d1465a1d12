package io.lanmu.search.indexing;

import io.lanmu.search.SearchEngine;
import java.time.Duration;
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
class IndexCatchUp {

    private static final Logger log = LoggerFactory.getLogger(IndexCatchUp.class);
    // Younger publications may still be running for the first time on some instance.
    static final Duration MIN_AGE = Duration.ofSeconds(20);

    private final IncompleteEventPublications incomplete;
    private final SearchEngine engine;

    IndexCatchUp(IncompleteEventPublications incomplete, SearchEngine engine) {
        this.incomplete = incomplete;
        this.engine = engine;
    }

    @Scheduled(fixedDelayString = "${lanmu.search.catch-up-interval:PT30S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "lanmu.search-catch-up", lockAtMostFor = "PT10M")
    void catchUp() {
        if (!engine.isAvailable()) {
            log.debug("Search engine {} is not available; index updates wait", engine.name());
            return;
        }
        incomplete.resubmitIncompletePublicationsOlderThan(MIN_AGE);
    }
}
