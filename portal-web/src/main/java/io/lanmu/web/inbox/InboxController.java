package io.lanmu.web.inbox;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.inbox.Contribution;
import io.lanmu.inbox.ContributionKind;
import io.lanmu.inbox.ContributionStatus;
import io.lanmu.inbox.ContributorInbox;
import io.lanmu.inbox.NewContribution;
import io.lanmu.item.Item;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemStatus;
import io.lanmu.shared.Actor;
import io.lanmu.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Contributor inbox", description = "Information and suggestions from other departments")
@RestController
@RequestMapping("/api/admin")
class InboxController {

    private final ContributorInbox inbox;
    private final ItemCatalog items;

    InboxController(ContributorInbox inbox, ItemCatalog items) {
        this.inbox = inbox;
        this.items = items;
    }

    @Operation(summary = "Send information or a suggestion (contributors)")
    @PostMapping("/contributions")
    ResponseEntity<ContributionResponse> send(@RequestBody ContributionRequest request, Actor actor) {
        Contribution sent = inbox.send(new NewContribution(request.kind(), request.title(), request.body(),
                request.suggestedColumnId(), request.suggestedCategory()), actor);
        return ResponseEntity.created(URI.create("/api/admin/contributions/" + sent.getId())).body(response(sent));
    }

    @Operation(summary = "What you sent, and where each piece stands now")
    @GetMapping("/contributions/mine")
    List<ContributionResponse> mine(Actor actor) {
        return inbox.sentBy(actor).stream().map(this::response).toList();
    }

    @GetMapping("/contributions/{id}")
    ContributionResponse contribution(@PathVariable long id, Actor actor) {
        return response(inbox.find(id, actor));
    }

    @Operation(summary = "Contributions waiting for an editor, oldest first")
    @GetMapping("/inbox")
    List<ContributionResponse> waiting(Actor actor) {
        return inbox.waiting(actor).stream().map(this::response).toList();
    }

    @Operation(summary = "Turn a contribution into a draft item; its deadline counts from when it arrived")
    @PostMapping("/inbox/{id}/accept")
    ResponseEntity<ContributionResponse> accept(@PathVariable long id, @RequestBody AcceptRequest request,
            Actor actor) {
        if (request.columnId() == null) {
            throw new InvalidInput("columnId", "column-required", "Choose the column the item belongs to");
        }
        Item item = inbox.accept(id, request.columnId(), request.category(), request.version(), actor);
        return ResponseEntity.created(URI.create("/api/admin/items/" + item.getId()))
                .body(response(inbox.find(id, actor)));
    }

    @Operation(summary = "Decline a contribution, telling the contributor why")
    @PostMapping("/inbox/{id}/decline")
    ContributionResponse decline(@PathVariable long id, @RequestBody DeclineRequest request, Actor actor) {
        return response(inbox.decline(id, request.comment(), request.version(), actor));
    }

    private ContributionResponse response(Contribution contribution) {
        ItemState item = contribution.getItemId() == null ? null : items.progressOf(contribution.getItemId())
                .map(found -> new ItemState(found.id(), found.status(), found.live())).orElse(null);
        return new ContributionResponse(contribution.getId(), contribution.getKind(), contribution.getTitle(),
                contribution.getBody(), contribution.getSuggestedColumnId(), contribution.getSuggestedCategory(),
                contribution.getStatus(), contribution.getContributorName(), contribution.getCreatedAt(),
                contribution.getHandledByName(), contribution.getHandledAt(), contribution.getResponse(), item,
                contribution.getVersion());
    }

    record ContributionRequest(ContributionKind kind, String title, String body, Long suggestedColumnId,
            InformationCategory suggestedCategory) {
    }

    record AcceptRequest(Long columnId, InformationCategory category, Long version) {
    }

    record DeclineRequest(String comment, Long version) {
    }

    /** The item made from a contribution, so the contributor can follow it to publication. */
    record ItemState(long id, ItemStatus status, boolean live) {
    }

    record ContributionResponse(long id, ContributionKind kind, String title, String body, Long suggestedColumnId,
            InformationCategory suggestedCategory, ContributionStatus status, String contributor, Instant sentAt,
            String handledBy, Instant handledAt, String response, ItemState item, long version) {
    }
}
