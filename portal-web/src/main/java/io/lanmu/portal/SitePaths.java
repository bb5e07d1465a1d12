package io.lanmu.portal;

import io.lanmu.column.ColumnNode;
import io.lanmu.column.ColumnNotFound;
import io.lanmu.column.SiteTree;
import java.util.List;

/**
 * Finds columns by the path in an address; a hidden column, or one under a hidden parent, is not there at all.
 */
final class SitePaths {

    private SitePaths() {
    }

    static ColumnNode visibleColumn(SiteTree site, String path) {
        return site.all().stream().filter(node -> node.path().equals(path))
                .filter(node -> site.isPubliclyVisible(node.id())).findFirst()
                .orElseThrow(() -> new ColumnNotFound(-1));
    }

    /** From the top column down to {@code columnId}. */
    static List<Theme.NavigationLink> breadcrumb(SiteTree site, long columnId) {
        return site.ancestorsOrSelf(columnId).reversed().stream()
                .map(node -> new Theme.NavigationLink(node.name(), Links.column(node))).toList();
    }
}
