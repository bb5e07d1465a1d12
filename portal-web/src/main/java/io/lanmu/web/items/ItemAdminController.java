package io.lanmu.web.items;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.Approval;
import io.lanmu.item.Item;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemChanges;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.ItemFilter;
import io.lanmu.item.ItemStatus;
import io.lanmu.item.ItemWorkflow;
import io.lanmu.item.NewItem;
import io.lanmu.shared.Actor;
import io.lanmu.web.FieldText;
import io.lanmu.web.PageResponse;
import io.lanmu.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Items (admin)", description = "Write items and move them through the editorial workflow")
@RestController
@RequestMapping("/api/admin/items")
class ItemAdminController {

    private final ItemEditing editing;
    private final ItemWorkflow workflow;
    private final ItemCatalog catalog;
    private final ItemResponses responses;
    private final Paging paging;

    ItemAdminController(ItemEditing editing, ItemWorkflow workflow, ItemCatalog catalog, ItemResponses responses,
            Paging paging) {
        this.editing = editing;
        this.workflow = workflow;
        this.catalog = catalog;
        this.responses = responses;
        this.paging = paging;
    }

    @Operation(summary = "Items you may see, newest change first, optionally narrowed")
    @GetMapping
    PageResponse<ItemSummaryResponse> list(@RequestParam(required = false) Set<Long> columnId,
            @RequestParam(required = false) ItemStatus status,
            @RequestParam(required = false) InformationCategory category,
            @RequestParam(required = false) Boolean live, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
        var filter = new ItemFilter(columnId == null ? Set.of() : columnId, status, category, live, q, null);
        var request = paging.of(page, size).withSort(org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Order.desc("updatedAt"),
                org.springframework.data.domain.Sort.Order.desc("id")));
        return PageResponse.of(catalog.list(filter, request, actor), responses::summaryOf);
    }

    @Operation(summary = "Create a draft item in a column you are assigned to")
    @PostMapping
    ResponseEntity<ItemResponse> create(@RequestBody ItemRequest request, Actor actor) {
        Item item = editing.create(new NewItem(request.columnId(), request.category(), request.receivedAt(),
                request.content()), actor);
        return ResponseEntity.created(URI.create("/api/admin/items/" + item.getId())).body(current(item, actor));
    }

    @GetMapping("/{id}")
    ItemResponse item(@PathVariable long id, Actor actor) {
        return responses.of(catalog.find(id, actor));
    }

    @Operation(summary = "Save a new revision, based on the version you edited; fields you leave out keep their value")
    @PutMapping("/{id}")
    ItemResponse revise(@PathVariable long id, @RequestBody ItemRequest request, Actor actor) {
        return current(editing.revise(id, request.changes(), actor), actor);
    }

    @Operation(summary = "Delete an item that was never published")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(required = false) Long version, Actor actor) {
        editing.delete(id, version, actor);
    }

    @Operation(summary = "Submit for review")
    @PostMapping("/{id}/submit")
    ItemResponse submit(@PathVariable long id, @RequestBody(required = false) StepRequest step, Actor actor) {
        return current(workflow.submit(id, StepRequest.versionOf(step), actor), actor);
    }

    @Operation(summary = "Take back from review to draft")
    @PostMapping("/{id}/withdraw")
    ItemResponse withdraw(@PathVariable long id, @RequestBody(required = false) StepRequest step, Actor actor) {
        return current(workflow.withdraw(id, StepRequest.versionOf(step), actor), actor);
    }

    @Operation(summary = "Approve: publish now, or at publishAt (a reason is needed beyond the due time)")
    @PostMapping("/{id}/approve")
    ItemResponse approve(@PathVariable long id, @RequestBody(required = false) ApproveRequest request, Actor actor) {
        ApproveRequest decision = request == null ? new ApproveRequest(null, null, null, null) : request;
        return current(workflow.approve(id, new Approval(decision.publishAt(), decision.expireAt(), decision.reason(),
                decision.version()), actor), actor);
    }

    @Operation(summary = "Send back to the editor; a comment is required")
    @PostMapping("/{id}/reject")
    ItemResponse reject(@PathVariable long id, @RequestBody(required = false) StepRequest step, Actor actor) {
        return current(workflow.reject(id, step == null ? null : step.comment(), StepRequest.versionOf(step), actor),
                actor);
    }

    @Operation(summary = "Take offline (and cancel a scheduled publication)")
    @PostMapping("/{id}/unpublish")
    ItemResponse unpublish(@PathVariable long id, @RequestBody(required = false) StepRequest step, Actor actor) {
        return current(workflow.unpublish(id, StepRequest.versionOf(step), actor), actor);
    }

    @Operation(summary = "Set or clear the moment the item goes offline by itself")
    @PutMapping("/{id}/expiry")
    ItemResponse expiry(@PathVariable long id, @RequestBody ExpiryRequest request, Actor actor) {
        return current(workflow.scheduleExpiry(id, request.expireAt(), request.version(), actor), actor);
    }

    private ItemResponse current(Item item, Actor actor) {
        return responses.of(catalog.find(item.getId(), actor));
    }

    /**
     * The fields of an item. On create, {@code columnId}, {@code title} and {@code category} are needed;
     * on update, {@code version} is, and every field left out keeps its value.
     */
    record ItemRequest(Long columnId, InformationCategory category,
            @Schema(description = FieldText.PLAIN) String title, @Schema(description = FieldText.PLAIN) String summary,
            @Schema(description = FieldText.HTML) String body,
            @Schema(description = FieldText.PLAIN) String author, @Schema(description = FieldText.PLAIN) String source,
            @Schema(description = FieldText.PLAIN) List<String> tags, String documentNumber, String issuingBody,
            LocalDate issuedOn, String indexNumber, List<Long> attachmentIds, Instant receivedAt, Long version) {

        ItemContent content() {
            return new ItemContent(title, summary, body, author, source, tags, documentNumber, issuingBody, issuedOn,
                    indexNumber, attachmentIds);
        }

        ItemChanges changes() {
            return new ItemChanges(version, columnId, category, receivedAt, title, summary, body, author, source, tags,
                    documentNumber, issuingBody, issuedOn, indexNumber, attachmentIds);
        }
    }

    /** The optional body of a workflow step. */
    record StepRequest(Long version, String comment) {

        static Long versionOf(StepRequest step) {
            return step == null ? null : step.version();
        }
    }

    record ApproveRequest(Instant publishAt, Instant expireAt, String reason, Long version) {
    }

    record ExpiryRequest(Instant expireAt, Long version) {
    }
}
