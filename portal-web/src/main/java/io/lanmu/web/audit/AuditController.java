package io.lanmu.web.audit;

import io.lanmu.audit.AuditQuery;
import io.lanmu.audit.AuditTrail;
import io.lanmu.item.ItemCatalog;
import io.lanmu.shared.Actor;
import io.lanmu.web.PageResponse;
import io.lanmu.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit (admin)", description = "Who did what, when, and why")
@RestController
@RequestMapping("/api/admin/audit")
class AuditController {

    private final AuditTrail audit;
    private final ItemCatalog items;
    private final Paging paging;

    AuditController(AuditTrail audit, ItemCatalog items, Paging paging) {
        this.audit = audit;
        this.items = items;
        this.paging = paging;
    }

    @Operation(summary = "Search the audit trail, newest first (admins and approvers; others only about an item "
            + "they may read)")
    @GetMapping
    PageResponse<AuditEntryResponse> search(@RequestParam(required = false) String subjectType,
            @RequestParam(required = false) Long subjectId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Actor reader) {
        if (!AuditTrail.readsWholeTrail(reader) && "ITEM".equals(subjectType) && subjectId != null) {
            // The item's own read rule, as on /items/{id}/audit: its history shows draft titles and comments.
            items.requireReadable(subjectId, reader);
        }
        return PageResponse.of(audit.search(new AuditQuery(subjectType, subjectId, actor, action, from, to),
                paging.of(page, size), reader), AuditEntryResponse::of);
    }
}
