package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * What staff narrow an item list by. Every field is optional.
 *
 * @param columnIds items in any of these columns (empty: every column)
 * @param titleContains part of the latest title, ignoring case
 */
public record ItemFilter(Set<Long> columnIds, ItemStatus status, InformationCategory category, Boolean live,
        String titleContains, Long createdBy) {

    public static ItemFilter everything() {
        return new ItemFilter(Set.of(), null, null, null, null, null);
    }

    Specification<Item> toSpecification(Set<Long> readableColumns) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (columnIds != null && !columnIds.isEmpty()) {
                where.add(root.get("columnId").in(columnIds));
            }
            if (!readableColumns.isEmpty()) {
                where.add(root.get("columnId").in(readableColumns));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (category != null) {
                where.add(cb.equal(root.get("category"), category));
            }
            if (live != null) {
                where.add(live ? cb.isNotNull(root.get("liveRevision")) : cb.isNull(root.get("liveRevision")));
            }
            if (titleContains != null && !titleContains.isBlank()) {
                where.add(cb.like(cb.lower(root.get("title")), "%" + escapeLike(titleContains.trim().toLowerCase())
                        + "%", '\\'));
            }
            if (createdBy != null) {
                where.add(cb.equal(root.get("createdBy"), createdBy));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
