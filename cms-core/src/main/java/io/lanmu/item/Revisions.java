package io.lanmu.item;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Revisions extends JpaRepository<Revision, Long> {

    Optional<Revision> findByItemIdAndNumber(long itemId, int number);

    List<Revision> findByItemIdOrderByNumberDesc(long itemId);

    /** Everybody who wrote a revision after {@code afterNumber}: the people whose work is under review. */
    @Query("select distinct r.createdBy from Revision r where r.itemId = :itemId and r.number > :afterNumber")
    Set<Long> authorsAfter(long itemId, int afterNumber);

    @Modifying(flushAutomatically = true)
    @Query("delete from Revision r where r.itemId = :itemId")
    void deleteByItemId(long itemId);
}
