package io.lanmu.attachment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Attachments extends JpaRepository<Attachment, Long> {

    List<Attachment> findByIdIn(Collection<Long> ids);

    List<Attachment> findByItemIdOrderById(long itemId);

    /**
     * Deletes the item's attachments in one statement, whatever their versions: recording an extracted text changes an
     * attachment's version in the background, and must not make an editor's deletion of the draft fail.
     */
    @Modifying
    @Query("delete from Attachment a where a.itemId = :itemId")
    int deleteInOneStatementByItemId(@Param("itemId") long itemId);

    List<Attachment> findByExtractionOrderById(String extraction);
}
