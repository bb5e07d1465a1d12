package io.lanmu.deadline;

import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Moments;
import io.lanmu.shared.Role;
import io.lanmu.shared.StaleVersion;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing the publication window of each information category.
 */
@Service
@Transactional
public class CategoryPolicies {

    /** A year: anything longer is a typing mistake, not a publication window. */
    static final int MAX_WINDOW_HOURS = 24 * 366;

    private final CategoryPolicyRepository policies;
    private final Clock clock;

    public CategoryPolicies(CategoryPolicyRepository policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CategoryPolicy> all() {
        return policies.findAll().stream().sorted(Comparator.comparing(CategoryPolicy::getCategory)).toList();
    }

    @Transactional(readOnly = true)
    public PolicySnapshot policyFor(InformationCategory category) {
        return policies.findById(category).map(CategoryPolicy::snapshot)
                .orElseGet(() -> new PolicySnapshot(category, category.defaultWindowHours(), ClockStart.RECEIVED));
    }

    /** Sets a category's window ({@code null}: no fixed window) and the moment it counts from. */
    public CategoryPolicy change(InformationCategory category, Integer windowHours, ClockStart clockStart, Long version,
            Actor by) {
        by.require(Role.ADMIN);
        if (windowHours != null && (windowHours < 1 || windowHours > MAX_WINDOW_HOURS)) {
            throw new InvalidInput("windowHours", "window-hours-out-of-range",
                    "A publication window is between 1 and " + MAX_WINDOW_HOURS + " hours, or empty for none",
                    MAX_WINDOW_HOURS);
        }
        if (clockStart == null) {
            throw new InvalidInput("clockStart", "clock-start-required",
                    "Choose when the window starts: RECEIVED, SUBMITTED or APPROVED");
        }
        CategoryPolicy policy = policies.findById(category).orElseThrow();
        StaleVersion.check("Category policy", category.ordinal(), version, policy.getVersion());
        policy.change(windowHours, clockStart, by, Moments.now(clock));
        return policies.save(policy);
    }
}
