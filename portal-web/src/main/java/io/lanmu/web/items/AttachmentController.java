package io.lanmu.web.items;

import io.lanmu.attachment.Attachment;
import io.lanmu.item.ItemAttachments;
import io.lanmu.item.ItemCatalog;
import io.lanmu.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Attachments (admin)", description = "Files attached to items; adding or removing one is an edit")
@RestController
@RequestMapping("/api/admin/items/{id}/attachments")
class AttachmentController {

    private final ItemAttachments attachments;
    private final ItemCatalog catalog;
    private final ItemResponses responses;

    AttachmentController(ItemAttachments attachments, ItemCatalog catalog, ItemResponses responses) {
        this.attachments = attachments;
        this.catalog = catalog;
        this.responses = responses;
    }

    @Operation(summary = "Upload a document (PDF, Word, Excel, PowerPoint, WPS, text, HTML); writes a new revision")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) Long version, Actor actor) {
        FileNameInvalid.checked(file.getOriginalFilename());
        Path copy = null;
        try {
            copy = Files.createTempFile("lanmu-upload-", ".bin");
            file.transferTo(copy);
            var attached = attachments.attach(id, file.getOriginalFilename(), copy, version, actor);
            return ResponseEntity.created(URI.create("/api/admin/items/%d/attachments/%d".formatted(id,
                    attached.attachment().getId())))
                    .body(new Uploaded(AttachmentResponse.of(attached.attachment()), attached.mislabelled(),
                            responses.of(catalog.find(id, actor))));
        }
        catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
        finally {
            deleteQuietly(copy);
        }
    }

    @Operation(summary = "The attachments the latest revision lists, with their extraction state")
    @GetMapping
    List<AttachmentResponse> list(@PathVariable long id, Actor actor) {
        return attachments.listedIn(catalog.find(id, actor).content()).stream().map(AttachmentResponse::of).toList();
    }

    @GetMapping("/{attachmentId}")
    AttachmentResponse attachment(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
        return AttachmentResponse.of(attachments.staffFile(id, attachmentId, actor));
    }

    @GetMapping("/{attachmentId}/content")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long attachmentId,
            Actor actor) {
        Attachment attachment = attachments.staffFile(id, attachmentId, actor);
        return Downloads.of(attachment, attachments.open(attachment));
    }

    @Operation(summary = "Remove an attachment from the item (a new revision; older revisions keep it)")
    @DeleteMapping("/{attachmentId}")
    ItemResponse detach(@PathVariable long id, @PathVariable long attachmentId,
            @RequestParam(required = false) Long version, Actor actor) {
        attachments.detach(id, attachmentId, version, actor);
        return responses.of(catalog.find(id, actor));
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /**
     * @param mislabelled the file's name stood for another kind of document than its content
     */
    record Uploaded(AttachmentResponse attachment, boolean mislabelled, ItemResponse item) {
    }
}
