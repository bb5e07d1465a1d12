package io.lanmu.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * What to look for in the audit trail; every field is optional.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(String subjectType, Long subjectId, String actorName, String action, Instant from,
        Instant to) {

    public static AuditQuery about(String subjectType, long subjectId) {
        return new AuditQuery(subjectType, subjectId, null, null, null, null);
    }

    Specification<AuditEntry> toSpecification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (subjectType != null) {
                where.add(cb.equal(root.get("subjectType"), subjectType));
            }
            if (subjectId != null) {
                where.add(cb.equal(root.get("subjectId"), subjectId));
            }
            if (actorName != null) {
                where.add(cb.equal(root.get("actorName"), actorName));
            }
            if (action != null) {
                where.add(cb.equal(root.get("action"), action));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("occurredAt"), to));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
