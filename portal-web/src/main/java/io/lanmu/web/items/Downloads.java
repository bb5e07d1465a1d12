package io.lanmu.web.items;

import io.lanmu.attachment.Attachment;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers a file download. Files are always offered as downloads with the type found in their content,
 * never rendered inline, so an uploaded HTML file cannot run script on the site's origin.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * The file's answer. Its content is opened only if it is sent: a client that has the file already (its hash is the
     * ETag, its upload time Last-Modified: stored files never change) gets 304 without the file being opened.
     */
    public static ResponseEntity<InputStreamResource> of(Attachment attachment, InputStreamSource content) {
        MediaType type = attachment.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(attachment.getContentType());
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(attachment.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                // Opened in the browser anyway (an HTML attachment), the file runs no script with the site's origin.
                .header("Content-Security-Policy", "sandbox")
                .eTag(attachment.getSha256())
                .lastModified(attachment.getUploadedAt())
                .body(new InputStreamResource(content));
    }
}
