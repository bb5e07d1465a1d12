package io.lanmu.background;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;

/**
 * Hands over again the work that did not complete: refused by a full lane, cut short by a crash or a
 * restart, or failed (the search engine was down, say). Every piece of work comes from an event
 * stored in the publication registry with the change that raised it, so nothing is lost; the
 * listeners are idempotent, so handing a piece over twice does no harm.
 *
 * <p>It fills a lane only up to three quarters, leaving room for the work live requests bring, and
 * skips lanes that are not ready. Failed work waits longer after every attempt.
 */
@Component
public class EventCatchUp {

    private static final Logger log = LoggerFactory.getLogger(EventCatchUp.class);

    private final IncompleteEventPublications incomplete;
    private final EventPublicationRepository publications;
    private final ListenerLanes lanes;
    private final BackgroundProperties properties;
    private final Clock clock;

    EventCatchUp(IncompleteEventPublications incomplete, EventPublicationRepository publications, ListenerLanes lanes,
            BackgroundProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.publications = publications;
        this.lanes = lanes;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * One round: releases stuck hand-overs, then hands over what is due, as far as the lanes have room. A round takes
     * well under a second; the lock of an instance killed during one runs out after 30 s, when another takes over.
     */
    @SchedulerLock(name = "lanmu.event-catch-up", lockAtMostFor = "PT30S")
    public void catchUp() {
        Instant now = clock.instant();
        releaseStuck(now);
        Map<BackgroundLane, Boolean> ready = new HashMap<>();
        AtomicInteger handedOver = new AtomicInteger();
        incomplete.resubmitIncompletePublications(publication -> {
            boolean take = isDue(publication, now) && hasRoom(publication, ready);
            if (take) {
                handedOver.incrementAndGet();
            }
            return take;
        });
        if (handedOver.get() > 0) {
            log.info("Handed over {} pieces of background work again", handedOver.get());
        }
    }

    /**
     * A hand-over that never finished (refused by a full lane, or the instance stopped) keeps the registry's
     * "resubmitted" mark, which the registry never hands over again; marked failed, it is.
     */
    private void releaseStuck(Instant now) {
        Instant before = now.minus(properties.stuckAfter());
        publications.findByStatus(EventPublication.Status.RESUBMITTED).stream()
                .filter(publication -> lastAttempt(publication).isBefore(before))
                .forEach(publication -> publications.markFailed(publication.getIdentifier()));
    }

    private boolean isDue(EventPublication publication, Instant now) {
        EventPublication.Status status = publication.getStatus();
        if (status == EventPublication.Status.FAILED) {
            return !now.isBefore(lastAttempt(publication).plus(properties.retryDelay(
                    publication.getCompletionAttempts())));
        }
        if (status == null || status == EventPublication.Status.PUBLISHED
                || status == EventPublication.Status.PROCESSING) {
            return lastAttempt(publication).isBefore(now.minus(properties.staleAfter()));
        }
        return false;
    }

    private boolean hasRoom(EventPublication publication, Map<BackgroundLane, Boolean> ready) {
        if (!(publication instanceof TargetEventPublication target)) {
            return true;
        }
        return lanes.laneOf(target.getTargetIdentifier().getValue())
                .map(lane -> ready.computeIfAbsent(lane, BackgroundLane::isReady) && lane.room() > lane.capacity() / 4)
                .orElse(true);
    }

    private static Instant lastAttempt(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null ? resubmitted : publication.getPublicationDate();
    }
}
