package io.lanmu.item;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a revision says: the text and the descriptive fields, including the optional fields of an
 * official document (公文). The body is sanitized HTML.
 *
 * @param documentNumber 文号
 * @param issuingBody 发文机关
 * @param issuedOn 成文日期
 * @param indexNumber 索引号
 * @param attachmentIds the attachments this revision lists, in order
 */
@Embeddable
public record ItemContent(String title, String summary, String body, String author, String source,
        @Convert(converter = TagsConverter.class) List<String> tags, String documentNumber, String issuingBody,
        LocalDate issuedOn, String indexNumber,
        @Convert(converter = IdListConverter.class) List<Long> attachmentIds) {

    public ItemContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    public static ItemContent of(String title, String body) {
        return new ItemContent(title, null, body, null, null, List.of(), null, null, null, null, List.of());
    }

    ItemContent withAttachments(List<Long> ids) {
        return new ItemContent(title, summary, body, author, source, tags, documentNumber, issuingBody, issuedOn,
                indexNumber, ids);
    }
}
