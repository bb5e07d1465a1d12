package io.lanmu.attachment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Attachments extends JpaRepository<Attachment, Long> {

    List<Attachment> findByIdIn(Collection<Long> ids);

    List<Attachment> findByItemIdOrderById(long itemId);

    List<Attachment> findByExtractionOrderById(String extraction);
}
