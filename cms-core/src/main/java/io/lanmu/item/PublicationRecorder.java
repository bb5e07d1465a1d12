package io.lanmu.item;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the publication record of every publication, now or scheduled, in the transaction that published it:
 * the record and the publication are stored together or not at all.
 */
@Component
class PublicationRecorder {

    private final Items items;
    private final PublicationRecords publications;

    PublicationRecorder(Items items, PublicationRecords publications) {
        this.items = items;
        this.publications = publications;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ItemPublished published) {
        // The item is the one this transaction holds and just published: its cycle tells when the clock started.
        Item item = items.findById(published.itemId()).orElseThrow(() -> new ItemNotFound(published.itemId()));
        publications.save(PublicationRecord.of(item, published));
    }
}
