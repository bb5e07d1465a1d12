package io.lanmu.web.columns;

import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnNode;
import io.lanmu.column.SiteTree;
import java.util.List;

/**
 * A column as staff see it, with its children when shown as a tree.
 */
record ColumnResponse(long id, Long parentId, String name, String slug, String path, ColumnKind kind,
        String linkUrl, String description, boolean visible, int position, long version,
        List<ColumnResponse> children) {

    static ColumnResponse of(ColumnNode node) {
        return new ColumnResponse(node.id(), node.parentId(), node.name(), node.slug(), node.path(), node.kind(),
                node.linkUrl(), node.description(), node.visible(), node.position(), node.version(), null);
    }

    static ColumnResponse treeOf(ColumnNode node, SiteTree site) {
        return new ColumnResponse(node.id(), node.parentId(), node.name(), node.slug(), node.path(), node.kind(),
                node.linkUrl(), node.description(), node.visible(), node.position(), node.version(),
                site.children(node.id()).stream().map(child -> treeOf(child, site)).toList());
    }
}
