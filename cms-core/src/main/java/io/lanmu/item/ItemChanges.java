package io.lanmu.item;

import io.lanmu.deadline.InformationCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An edit, based on the version the editor saw. A field left empty ({@code null}) keeps its current
 * value, so a client that knows only some fields cannot wipe the others; an empty text or list clears
 * a field. {@code attachmentIds} lists the attachments the new revision keeps, in order.
 */
public record ItemChanges(Long version, Long columnId, InformationCategory category, Instant receivedAt,
        String title, String summary, String body, String author, String source, List<String> tags,
        String documentNumber, String issuingBody, LocalDate issuedOn, String indexNumber, List<Long> attachmentIds) {

    ItemContent applyTo(ItemContent current) {
        return new ItemContent(or(title, current.title()), or(summary, current.summary()), or(body, current.body()),
                or(author, current.author()), or(source, current.source()), tags == null ? current.tags() : tags,
                or(documentNumber, current.documentNumber()), or(issuingBody, current.issuingBody()),
                issuedOn == null ? current.issuedOn() : issuedOn, or(indexNumber, current.indexNumber()),
                attachmentIds == null ? current.attachmentIds() : attachmentIds);
    }

    private static String or(String value, String current) {
        return value == null ? current : value;
    }
}
