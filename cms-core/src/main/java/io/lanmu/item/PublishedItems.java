package io.lanmu.item;

import io.lanmu.column.ColumnNotFound;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What visitors may read: live revisions of items in columns that are visible all the way up. Anything
 * else is reported as absent, so a draft's existence is never revealed.
 */
@Service
@Transactional(readOnly = true)
public class PublishedItems {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

    private final Items items;
    private final ColumnTree columns;

    PublishedItems(Items items, ColumnTree columns) {
        this.items = items;
        this.columns = columns;
    }

    public Optional<PublishedItem> find(long id) {
        SiteTree site = columns.snapshot();
        return items.findPublished(id).filter(item -> site.isPubliclyVisible(item.columnId()));
    }

    /** The newest published items of a visible column (and, if asked, of its visible sub-columns). */
    public Page<PublishedItemSummary> inColumn(long columnId, boolean withSubColumns, Pageable page) {
        SiteTree site = columns.snapshot();
        if (!site.isPubliclyVisible(columnId)) {
            throw new ColumnNotFound(columnId);
        }
        Set<Long> columnIds = withSubColumns ? site.subtreeIds(columnId).stream().filter(site::isPubliclyVisible)
                .collect(Collectors.toSet()) : Set.of(columnId);
        Pageable newestFirst = org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
                NEWEST_FIRST);
        return items.findPublishedIn(columnIds, newestFirst);
    }
}
