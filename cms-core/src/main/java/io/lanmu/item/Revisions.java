package io.lanmu.item;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Revisions extends JpaRepository<Revision, Long> {

    Optional<Revision> findByItemIdAndNumber(long itemId, int number);

    /** The latest and the live revision of each item. */
    @Query("""
            select r from Revision r join Item i on r.itemId = i.id
            where i.id in :itemIds and (r.number = i.latestRevision or r.number = i.liveRevision)""")
    List<Revision> findCurrentOf(Collection<Long> itemIds);

    List<Revision> findByItemIdOrderByNumberDesc(long itemId);

    /** Everybody who wrote a revision after {@code afterNumber}: the people whose work is under review. */
    @Query("select distinct r.createdBy from Revision r where r.itemId = :itemId and r.number > :afterNumber")
    Set<Long> authorsAfter(long itemId, int afterNumber);

    @Modifying(flushAutomatically = true)
    @Query("delete from Revision r where r.itemId = :itemId")
    void deleteByItemId(long itemId);
}
