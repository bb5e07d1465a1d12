package io.lanmu.item;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Items extends JpaRepository<Item, Long>, JpaSpecificationExecutor<Item> {

    long countByColumnId(long columnId);

    /**
     * The item, locked until the transaction ends. For changes that build on the latest revision without a
     * version from the client (adding a file): concurrent ones then take turns instead of failing.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Item i where i.id = :id")
    Optional<Item> findForUpdate(long id);

    @Query("select i.id from Item i where i.columnId in :columnIds order by i.id")
    List<Long> findIdsByColumnIdIn(Collection<Long> columnIds);

    /** A page of items after {@code afterId}, in id order: for walking every item without offsets. */
    @Query("select i from Item i where i.id > :afterId order by i.id")
    List<Item> findPageAfter(long afterId, org.springframework.data.domain.Limit limit);

    @Query("select i.id from Item i order by i.id")
    List<Long> findAllIds();

    /** Ids and columns of every item with a revision online. */
    @Query("select i.id, i.columnId from Item i where i.liveRevision is not null")
    List<Object[]> findLiveIdsAndColumns();

    @Query("select i.id from Item i where i.updatedAt >= :since")
    List<Long> findIdsUpdatedSince(Instant since);

    @Query("select i.id from Item i where i.status = io.lanmu.item.ItemStatus.SCHEDULED and i.schedule.publishAt <= :now order by i.schedule.publishAt")
    List<Long> findIdsDueForPublication(Instant now);

    @Query("select i.id from Item i where i.liveRevision is not null and i.schedule.expireAt <= :now order by i.schedule.expireAt")
    List<Long> findIdsDueForExpiry(Instant now);

    /** Open cycles due before {@code horizon} that still lack a warning or a late flag. */
    @Query("""
            select i.id from Item i
            where i.cycle.publishedAt is null and i.cycle.deadline.dueAt <= :horizon
              and (i.cycle.warnedAt is null or i.cycle.flaggedLateAt is null)""")
    List<Long> findIdsWithDeadlineBefore(Instant horizon);

    /** Items still to be published whose due time lies before {@code horizon}, the most urgent first. */
    @Query("""
            select i from Item i where i.cycle.publishedAt is null and i.cycle.deadline.dueAt <= :horizon
            order by i.cycle.deadline.dueAt""")
    List<Item> findOpenDueBefore(Instant horizon);

    @Query("""
            select i from Item i
            where i.cycle.publishedAt is null and i.cycle.deadline.dueAt <= :horizon and i.columnId in :columnIds
            order by i.cycle.deadline.dueAt""")
    List<Item> findOpenDueBefore(Instant horizon, Collection<Long> columnIds);

    @Query(value = """
            select new io.lanmu.item.PublishedItemSummary(i.id, i.columnId, i.category, r.content.title,
                   r.content.summary, i.publishedAt, i.lastPublishedAt)
            from Item i join Revision r on r.itemId = i.id and r.number = i.liveRevision
            where i.columnId in :columnIds""",
            countQuery = "select count(i) from Item i where i.liveRevision is not null and i.columnId in :columnIds")
    Page<PublishedItemSummary> findPublishedIn(Collection<Long> columnIds, Pageable pageable);

    @Query("""
            select new io.lanmu.item.PublishedItem(i.id, i.columnId, i.category, r.number, r.content,
                   i.publishedAt, i.lastPublishedAt)
            from Item i join Revision r on r.itemId = i.id and r.number = i.liveRevision
            where i.id = :id""")
    Optional<PublishedItem> findPublished(long id);
}
