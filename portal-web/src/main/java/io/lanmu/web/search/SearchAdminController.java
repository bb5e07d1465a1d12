package io.lanmu.web.search;

import io.lanmu.search.EngineAvailability;
import io.lanmu.search.IndexFormat;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.QueryStatistics;
import io.lanmu.search.indexing.IndexRebuild;
import io.lanmu.search.indexing.IndexReconciliation;
import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Role;
import io.lanmu.shared.SiteProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Search (admin)", description = "Engine status, rebuild, reconciliation, what visitors searched for, synonyms")
@RestController
@RequestMapping("/api/admin/search")
class SearchAdminController {

    private final SearchEngine engine;
    private final IndexRebuild rebuild;
    private final IndexReconciliation check;
    private final QueryStatistics queries;
    private final SiteProperties site;
    private final EngineAvailability availability;

    SearchAdminController(SearchEngine engine, IndexRebuild rebuild, IndexReconciliation check, QueryStatistics queries,
            SiteProperties site, EngineAvailability availability) {
        this.site = site;
        this.availability = availability;
        this.engine = engine;
        this.rebuild = rebuild;
        this.check = check;
        this.queries = queries;
    }

    @Operation(summary = "The engine, whether it answers, the format of its index and the current or last rebuild")
    @GetMapping("/status")
    Status status(Actor actor) {
        IndexRebuild.Progress progress = rebuild.progress();
        return new Status(engine.name(), availability.isAvailable(), Format.of(availability.format(), progress), progress);
    }

    @Operation(summary = "Rebuild the whole index while the site stays live; follow it with GET")
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IndexRebuild.Progress startRebuild(Actor actor) {
        actor.require(Role.ADMIN);
        return rebuild.start();
    }

    @Operation(summary = "Progress of the current or last rebuild: done / total, rate, remaining time")
    @GetMapping("/rebuild")
    IndexRebuild.Progress rebuildProgress(Actor actor) {
        return rebuild.progress();
    }

    @Operation(summary = "Compare the index with the database")
    @GetMapping("/reconciliation")
    IndexReconciliation.Report reconcile(Actor actor) {
        actor.require(Role.ADMIN);
        return check.check();
    }

    @Operation(summary = "Fix what reconciliation finds")
    @PostMapping("/reconciliation/repair")
    IndexReconciliation.Report repair(Actor actor) {
        actor.require(Role.ADMIN);
        return check.repair();
    }

    @Operation(summary = "What visitors searched for between two dates: top queries and those without results")
    @GetMapping("/queries")
    QueryReport queries(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(defaultValue = "20") int limit, Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            actor.require(Role.APPROVER);
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "period-reversed", "The end of the period lies before its start");
        }
        if (limit < 1 || limit > 200) {
            throw new InvalidInput("limit", "limit-invalid", "Ask for 1 to 200 queries", 200);
        }
        var start = site.startOf(from);
        var end = site.endOf(to);
        return new QueryReport(queries.total(start, end), queries.top(start, end, limit),
                queries.withoutResults(start, end, limit), queries.rescued(start, end, limit));
    }

    record Status(String engine, boolean available, Format format, IndexRebuild.Progress rebuild) {
    }

    /**
     * @param current the format the index searches use was written in; null while the engine cannot be reached
     * @param wanted the format this build writes; an older index is rebuilt in the background
     * @param rebuilding whether a rebuild, which writes the wanted format, is running
     */
    record Format(Integer current, int wanted, boolean outdated, boolean rebuilding) {

        static Format of(IndexFormat format, IndexRebuild.Progress progress) {
            return new Format(format.current(), format.wanted(), format.outdated(), progress.isRunning());
        }
    }

    /**
     * @param rescued queries that needed help (synonyms, normalisation, question words dropped, partial matches):
     *     what visitors type otherwise than the site writes, where an admin may add a synonym
     *     ({@code POST /api/admin/search/synonyms})
     */
    record QueryReport(long searches, List<QueryStatistics.QueryCount> top,
            List<QueryStatistics.QueryCount> withoutResults, List<QueryStatistics.RescuedQuery> rescued) {
    }
}
