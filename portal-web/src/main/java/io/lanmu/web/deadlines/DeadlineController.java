package io.lanmu.web.deadlines;

import io.lanmu.deadline.CategoryPolicies;
import io.lanmu.deadline.CategoryPolicy;
import io.lanmu.deadline.ClockStart;
import io.lanmu.deadline.DeadlineBoard;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Role;
import io.lanmu.shared.SiteProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Deadlines (admin)", description = "Publication windows per category, items falling due, on-time figures")
@RestController
@RequestMapping("/api/admin")
class DeadlineController {

    private final CategoryPolicies policies;
    private final DeadlineBoard board;
    private final SiteProperties site;

    DeadlineController(CategoryPolicies policies, DeadlineBoard board, SiteProperties site) {
        this.site = site;
        this.policies = policies;
        this.board = board;
    }

    @Operation(summary = "The publication window of every information category")
    @GetMapping("/category-policies")
    List<PolicyResponse> policies(Actor actor) {
        return policies.all().stream().map(PolicyResponse::of).toList();
    }

    @Operation(summary = "Change a category's window (hours, or null for none) and what starts its clock")
    @PutMapping("/category-policies/{category}")
    PolicyResponse change(@PathVariable InformationCategory category, @RequestBody PolicyRequest request,
            Actor actor) {
        return PolicyResponse.of(policies.change(category, request.windowHours(), request.clockStart(),
                request.version(), actor));
    }

    @Operation(summary = "Unpublished items due within the horizon (default 24 h), late ones first")
    @GetMapping("/deadlines")
    List<DeadlineBoard.DeadlineEntry> upcoming(@RequestParam(defaultValue = "PT24H") Duration within, Actor actor) {
        if (within.isNegative() || within.compareTo(Duration.ofDays(366)) > 0) {
            throw new InvalidInput("within", "horizon-invalid", "Look ahead between 0 and 366 days");
        }
        return board.upcoming(within, actor);
    }

    @Operation(summary = "On-time publication per category between two dates (Beijing time, 'to' inclusive)")
    @GetMapping("/deadlines/performance")
    List<Figures> performance(@RequestParam LocalDate from, @RequestParam LocalDate to, Actor actor) {
        if (!actor.has(Role.APPROVER) && !actor.has(Role.ADMIN)) {
            actor.require(Role.APPROVER);
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "period-reversed", "The end of the period lies before its start");
        }
        return board.performance(site.startOf(from), site.endOf(to)).stream()
                .map(f -> new Figures(f.category(), f.measured(), f.onTime(), f.late(), f.onTimeRate())).toList();
    }

    record PolicyResponse(InformationCategory category, Integer windowHours, ClockStart clockStart,
            Instant updatedAt, String updatedBy, long version) {

        static PolicyResponse of(CategoryPolicy policy) {
            return new PolicyResponse(policy.getCategory(), policy.getWindowHours(), policy.getClockStart(),
                    policy.getUpdatedAt(), policy.getUpdatedBy(), policy.getVersion());
        }
    }

    record PolicyRequest(Integer windowHours, ClockStart clockStart, Long version) {
    }

    record Figures(InformationCategory category, long measured, long onTime, long late, Double onTimeRate) {
    }
}
