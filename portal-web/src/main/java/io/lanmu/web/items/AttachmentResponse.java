package io.lanmu.web.items;

import io.lanmu.attachment.Attachment;
import java.time.Instant;

/**
 * An attachment as staff see it, with what text extraction found.
 *
 * @param extraction PENDING until the text was read, then EXTRACTED, EMPTY, ENCRYPTED, CORRUPT,
 *     TOO_LARGE, TIMED_OUT, TOO_COMPLEX or UNSUPPORTED
 */
record AttachmentResponse(long id, String name, String contentType, long size, String sha256, Instant uploadedAt,
        String extraction, String extractionMessage, boolean textTruncated, String url) {

    static AttachmentResponse of(Attachment attachment) {
        return new AttachmentResponse(attachment.getId(), attachment.getFileName(), attachment.getContentType(),
                attachment.getSizeBytes(), attachment.getSha256(), attachment.getUploadedAt(),
                attachment.getExtraction(), attachment.getExtractionMessage(), attachment.isTextTruncated(),
                "/api/admin/items/%d/attachments/%d/content".formatted(attachment.getItemId(), attachment.getId()));
    }
}
