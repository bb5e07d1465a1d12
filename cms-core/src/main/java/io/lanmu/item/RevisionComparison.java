package io.lanmu.item;

import java.util.List;

/**
 * What changed between two revisions of an item: each changed field with its old and new value;
 * for the body also a unified diff over its lines.
 */
public record RevisionComparison(long itemId, int from, int to, List<FieldChange> changes, List<String> bodyDiff) {

    public record FieldChange(String field, Object before, Object after) {
    }
}
