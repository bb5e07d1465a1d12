package io.lanmu.column;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ColumnAssignments extends JpaRepository<ColumnAssignment, Long> {

    List<ColumnAssignment> findByUserId(long userId);

    @Modifying(flushAutomatically = true)
    @Query("delete from ColumnAssignment a where a.userId = :userId")
    void deleteByUserId(long userId);
}
