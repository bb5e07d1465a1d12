package io.lanmu.web.statistics;

import io.lanmu.shared.Actor;
import io.lanmu.visit.VisitQueries;
import io.lanmu.visit.VisitReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Statistics (admin)", description = "Visits of the public site, without personal data")
@RestController
class VisitStatisticsController {

    private final VisitQueries visits;

    VisitStatisticsController(VisitQueries visits) {
        this.visits = visits;
    }

    @Operation(summary = "Page views per day, column and item, unique visitors per day, referring domains",
            description = "Days in the site's time zone, both included, at most 366. For admins and approvers. "
                    + "Counts reach the database within lanmu.visits.flush-interval.")
    @GetMapping("/api/admin/statistics/visits")
    VisitReport visits(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
        return visits.between(from, to, actor);
    }
}
