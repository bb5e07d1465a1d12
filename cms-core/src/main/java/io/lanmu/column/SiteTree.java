package io.lanmu.column;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the whole column tree. A site has tens or hundreds of columns, so
 * questions about ancestors and subtrees are answered in memory from one query.
 */
public final class SiteTree {

    private static final Comparator<ColumnNode> BY_POSITION = Comparator.comparingInt(ColumnNode::position)
            .thenComparing(ColumnNode::id);

    private final Map<Long, ColumnNode> byId;

    SiteTree(Collection<ColumnNode> nodes) {
        this.byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
    }

    public Optional<ColumnNode> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<ColumnNode> roots() {
        return byId.values().stream().filter(node -> node.parentId() == null).sorted(BY_POSITION).toList();
    }

    public List<ColumnNode> children(long id) {
        return byId.values().stream().filter(node -> Long.valueOf(id).equals(node.parentId()))
                .sorted(BY_POSITION).toList();
    }

    public List<ColumnNode> all() {
        return List.copyOf(byId.values());
    }

    /** The column and its ancestors up to the root, the column first. */
    public List<ColumnNode> ancestorsOrSelf(long id) {
        List<ColumnNode> chain = new ArrayList<>();
        ColumnNode node = byId.get(id);
        while (node != null) {
            chain.add(node);
            node = node.parentId() == null ? null : byId.get(node.parentId());
        }
        return chain;
    }

    /** A visitor sees a column only when it and every ancestor are visible. */
    public boolean isPubliclyVisible(long id) {
        List<ColumnNode> chain = ancestorsOrSelf(id);
        return !chain.isEmpty() && chain.stream().allMatch(ColumnNode::visible);
    }

    /** The ids of the column and of every column beneath it. */
    public Set<Long> subtreeIds(long id) {
        ColumnNode top = byId.get(id);
        if (top == null) {
            return Set.of();
        }
        return byId.values().stream().filter(top::contains).map(ColumnNode::id).collect(Collectors.toSet());
    }

    /** True when any of {@code assigned} is the column or one of its ancestors. */
    public boolean isWithinAny(long columnId, Set<Long> assigned) {
        return ancestorsOrSelf(columnId).stream().anyMatch(node -> assigned.contains(node.id()));
    }
}
