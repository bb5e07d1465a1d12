package io.lanmu.web.items;

import io.lanmu.audit.AuditQuery;
import io.lanmu.audit.AuditTrail;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.PublicationRecord;
import io.lanmu.item.Revision;
import io.lanmu.item.RevisionComparison;
import io.lanmu.shared.Actor;
import io.lanmu.web.PageResponse;
import io.lanmu.web.Paging;
import io.lanmu.web.audit.AuditEntryResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Revisions and history (admin)", description = "An item's revisions, their differences, its audit trail")
@RestController
@RequestMapping("/api/admin/items/{id}")
class RevisionController {

    private final ItemCatalog catalog;
    private final ItemEditing editing;
    private final ItemResponses responses;
    private final AuditTrail audit;
    private final Paging paging;

    RevisionController(ItemCatalog catalog, ItemEditing editing, ItemResponses responses, AuditTrail audit,
            Paging paging) {
        this.catalog = catalog;
        this.editing = editing;
        this.responses = responses;
        this.audit = audit;
        this.paging = paging;
    }

    @Operation(summary = "All revisions, newest first")
    @GetMapping("/revisions")
    List<RevisionResponse> revisions(@PathVariable long id, Actor actor) {
        return catalog.revisions(id, actor).stream().map(RevisionResponse::of).toList();
    }

    @GetMapping("/revisions/{number}")
    RevisionResponse revision(@PathVariable long id, @PathVariable int number, Actor actor) {
        return RevisionResponse.of(catalog.revision(id, number, actor));
    }

    @Operation(summary = "What changed from one revision to another")
    @GetMapping("/revisions/diff")
    RevisionComparison diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Actor actor) {
        return catalog.compare(id, from, to, actor);
    }

    @Operation(summary = "Copy an old revision into a new draft revision")
    @PostMapping("/revisions/{number}/restore")
    ItemResponse restore(@PathVariable long id, @PathVariable int number,
            @RequestBody(required = false) VersionRequest request, Actor actor) {
        editing.restore(id, number, request == null ? null : request.version(), actor);
        return responses.of(catalog.find(id, actor));
    }

    @Operation(summary = "Every step taken on the item, newest first")
    @GetMapping("/audit")
    PageResponse<AuditEntryResponse> audit(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Actor actor) {
        catalog.find(id, actor);
        return PageResponse.of(audit.search(AuditQuery.about("ITEM", id), paging.of(page, size), actor),
                AuditEntryResponse::of);
    }

    @Operation(summary = "Every time a revision went online, with its deadline and whether it was met")
    @GetMapping("/publications")
    List<PublicationResponse> publications(@PathVariable long id, Actor actor) {
        return catalog.publications(id, actor).stream().map(PublicationResponse::of).toList();
    }

    record VersionRequest(Long version) {
    }

    record RevisionResponse(int number, ItemContent content, long createdBy, String createdByName,
            Instant createdAt, Integer restoredFrom) {

        static RevisionResponse of(Revision revision) {
            return new RevisionResponse(revision.getNumber(), revision.getContent(), revision.getCreatedBy(),
                    revision.getCreatedByName(), revision.getCreatedAt(), revision.getRestoredFrom());
        }
    }

    record PublicationResponse(int revision, String category, Integer windowHours, String clockStart,
            Instant receivedAt, Instant dueAt, Instant publishedAt, Boolean onTime, boolean scheduled) {

        static PublicationResponse of(PublicationRecord record) {
            return new PublicationResponse(record.getRevision(), record.getCategory().name(), record.getWindowHours(),
                    record.getClockStart() == null ? null : record.getClockStart().name(), record.getReceivedAt(),
                    record.getDueAt(), record.getPublishedAt(), record.getOnTime(), record.isScheduled());
        }
    }
}
