package io.lanmu.item;

import io.lanmu.attachment.Attachment;
import io.lanmu.attachment.AttachmentProperties;
import io.lanmu.attachment.AttachmentFiles;
import io.lanmu.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks and cleans the content of a revision before it is saved.
 */
@Component
class ContentRules {

    private static final int MAX_SUMMARY = 1000;
    private static final int MAX_SHORT_FIELD = 200;
    private static final int MAX_TAGS = 20;
    private static final int MAX_TAG = 40;

    private final HtmlSanitizer sanitizer;
    private final WorkflowProperties properties;
    private final AttachmentFiles attachments;
    private final AttachmentProperties attachmentProperties;

    ContentRules(HtmlSanitizer sanitizer, WorkflowProperties properties, AttachmentFiles attachments,
            AttachmentProperties attachmentProperties) {
        this.sanitizer = sanitizer;
        this.properties = properties;
        this.attachments = attachments;
        this.attachmentProperties = attachmentProperties;
    }

    /**
     * Returns the content as it will be stored: trimmed, with a sanitized body; refuses what breaks a
     * rule.
     *
     * @param itemId the item the content belongs to; {@code null} while it is being created (it can list
     *     no attachments yet)
     */
    ItemContent clean(ItemContent content, Long itemId) {
        checkAttachments(content.attachmentIds(), itemId);
        PlainText.check(content);
        String title = trimmed(content.title());
        if (title == null) {
            throw new InvalidInput("title", "title-required", "An item needs a title");
        }
        if (title.length() > properties.maxTitleLength()) {
            throw new InvalidInput("title", "title-too-long", "A title has at most %d characters, this one has %d"
                    .formatted(properties.maxTitleLength(), title.length()), properties.maxTitleLength(),
                    title.length());
        }
        String body = content.body() == null ? "" : content.body();
        long bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > properties.maxBodySize().toBytes()) {
            throw new InvalidInput("body", "body-too-large", "The body is %d bytes; at most %d are allowed"
                    .formatted(bytes, properties.maxBodySize().toBytes()), bytes, properties.maxBodySize().toBytes());
        }
        List<String> tags = content.tags().stream().map(String::trim).filter(tag -> !tag.isEmpty()).distinct()
                .toList();
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(tag -> tag.length() > MAX_TAG || tag.contains("\n"))) {
            throw new InvalidInput("tags", "tags-invalid",
                    "At most %d tags of at most %d characters each".formatted(MAX_TAGS, MAX_TAG), MAX_TAGS, MAX_TAG);
        }
        return new ItemContent(title, limited("summary", content.summary(), MAX_SUMMARY), sanitizer.sanitize(body),
                limited("author", content.author(), MAX_SHORT_FIELD),
                limited("source", content.source(), MAX_SHORT_FIELD), tags,
                limited("documentNumber", content.documentNumber(), MAX_SHORT_FIELD),
                limited("issuingBody", content.issuingBody(), MAX_SHORT_FIELD), content.issuedOn(),
                limited("indexNumber", content.indexNumber(), MAX_SHORT_FIELD), content.attachmentIds());
    }

    /** A revision lists only files uploaded to its own item, each once. */
    private void checkAttachments(List<Long> ids, Long itemId) {
        if (ids.isEmpty()) {
            return;
        }
        if (ids.size() > attachmentProperties.maxPerItem()) {
            throw new InvalidInput("attachmentIds", "too-many-attachments",
                    "An item lists at most " + attachmentProperties.maxPerItem() + " attachments",
                    attachmentProperties.maxPerItem());
        }
        List<Attachment> found = attachments.findAll(ids);
        boolean allOwn = itemId != null && found.size() == ids.size()
                && found.stream().allMatch(attachment -> attachment.getItemId() == itemId);
        if (!allOwn || ids.stream().distinct().count() != ids.size()) {
            throw new InvalidInput("attachmentIds", "attachment-not-of-item",
                    "List only attachments uploaded to this item, each once");
        }
    }

    private static String limited(String field, String value, int max) {
        String trimmed = trimmed(value);
        if (trimmed != null && trimmed.length() > max) {
            throw new InvalidInput(field, "field-too-long", "%s has at most %d characters".formatted(field, max),
                    field, max);
        }
        return trimmed;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

}
