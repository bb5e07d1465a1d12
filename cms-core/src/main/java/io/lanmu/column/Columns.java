package io.lanmu.column;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Columns extends JpaRepository<Column, Long> {

    List<Column> findAllByOrderByPathAsc();

    List<Column> findByParentIdOrderByPositionAsc(Long parentId);

    List<Column> findByParentIdIsNullOrderByPositionAsc();

    Optional<Column> findByPath(String path);

    boolean existsByParentId(Long parentId);

    /** Rewrites the paths beneath a column whose own path changed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Column c set c.path = concat(:newPath, substring(c.path, :oldLength + 1))
            where c.path like :oldPrefix""")
    int rewriteDescendantPaths(@Param("newPath") String newPath, @Param("oldLength") int oldLength,
            @Param("oldPrefix") String oldPrefix);
}
