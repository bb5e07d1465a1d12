package io.lanmu.item;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PublicationRecords extends JpaRepository<PublicationRecord, Long> {

    List<PublicationRecord> findByItemIdOrderByPublishedAt(long itemId);

    /** On-time figures per category for publications in {@code [from, to)}: category, measured, on time. */
    @Query("""
            select p.category, count(p), sum(case when p.onTime = true then 1 else 0 end)
            from PublicationRecord p
            where p.onTime is not null and p.publishedAt >= :from and p.publishedAt < :to
            group by p.category""")
    List<Object[]> countOnTimeByCategory(Instant from, Instant to);

    @Query("select p from PublicationRecord p where p.publishedAt >= :from and p.publishedAt < :to order by p.publishedAt")
    List<PublicationRecord> findPublishedBetween(Instant from, Instant to);
}
