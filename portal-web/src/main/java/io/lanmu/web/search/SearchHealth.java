package io.lanmu.web.search;

import io.lanmu.search.EngineAvailability;
import io.lanmu.search.SearchEngine;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reports whether the search engine answers. An engine outage degrades the site (search waits and
 * catches up later) but does not take it down: editing and publishing go on.
 */
@Component("search")
class SearchHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Search is unavailable; index updates wait");

    private final SearchEngine engine;
    private final EngineAvailability availability;

    SearchHealth(SearchEngine engine, EngineAvailability availability) {
        this.engine = engine;
        this.availability = availability;
    }

    @Override
    public Health health() {
        return (availability.isAvailable() ? Health.up() : Health.status(DEGRADED)).withDetail("engine", engine.name()).build();
    }
}
