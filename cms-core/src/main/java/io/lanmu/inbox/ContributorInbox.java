package io.lanmu.inbox;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.HtmlSanitizer;
import io.lanmu.item.Item;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.NewItem;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.Moments;
import io.lanmu.shared.NotFound;
import io.lanmu.shared.Role;
import io.lanmu.shared.StaleVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributors send information and suggestions; editors turn them into draft items or decline them.
 */
@Service
@Transactional
public class ContributorInbox {

    private static final int MAX_TITLE = 200;
    private static final int MAX_BODY_CHARS = 200_000;

    private final Contributions contributions;
    private final ItemEditing editing;
    private final HtmlSanitizer sanitizer;
    private final Clock clock;

    public ContributorInbox(Contributions contributions, ItemEditing editing, HtmlSanitizer sanitizer, Clock clock) {
        this.contributions = contributions;
        this.editing = editing;
        this.sanitizer = sanitizer;
        this.clock = clock;
    }

    public Contribution send(NewContribution sent, Actor contributor) {
        contributor.require(Role.CONTRIBUTOR);
        if (sent.kind() == null) {
            throw new InvalidInput("kind", "contribution-kind-required", "Say whether this is INFORMATION or a SUGGESTION");
        }
        if (sent.title() == null || sent.title().isBlank() || sent.title().trim().length() > MAX_TITLE) {
            throw new InvalidInput("title", "contribution-title-invalid",
                    "A contribution needs a title of at most " + MAX_TITLE + " characters", MAX_TITLE);
        }
        if (sent.body() != null && sent.body().length() > MAX_BODY_CHARS) {
            throw new InvalidInput("body", "contribution-body-too-long",
                    "A contribution has at most " + MAX_BODY_CHARS + " characters", MAX_BODY_CHARS);
        }
        Instant now = Moments.now(clock);
        Contribution contribution = contributions.save(new Contribution(contributor, sent.kind(), sent.title().trim(),
                sanitizer.sanitize(sent.body()), sent.suggestedColumnId(), sent.suggestedCategory(), now));
        return contributions.save(contribution.registerReceived(now));
    }

    @Transactional(readOnly = true)
    public List<Contribution> sentBy(Actor contributor) {
        return contributions.findByContributorIdOrderByCreatedAtDesc(contributor.userId());
    }

    @Transactional(readOnly = true)
    public List<Contribution> waiting(Actor reader) {
        requireStaff(reader);
        return contributions.findByStatusOrderByCreatedAt(ContributionStatus.NEW);
    }

    @Transactional(readOnly = true)
    public Contribution find(long id, Actor reader) {
        Contribution contribution = load(id);
        if (contribution.getContributorId() != reader.userId()) {
            requireStaff(reader);
        }
        return contribution;
    }

    /**
     * Turns a contribution into a draft item in {@code columnId}. The item's received-at is the moment
     * the contribution arrived, so its deadline counts from then.
     */
    public Item accept(long id, long columnId, InformationCategory category, Long version, Actor editor) {
        Contribution contribution = load(id);
        StaleVersion.check("Contribution", id, version, contribution.getVersion());
        InformationCategory chosen = category != null ? category : contribution.getSuggestedCategory();
        Item item = editing.create(new NewItem(columnId, chosen, contribution.getCreatedAt(),
                new ItemContent(contribution.getTitle(), null, contribution.getBody(), null,
                        contribution.getContributorName(), List.of(), null, null, null, null, List.of())), editor);
        contribution.accept(item.getId(), editor, Moments.now(clock));
        contributions.save(contribution);
        return item;
    }

    public Contribution decline(long id, String response, Long version, Actor editor) {
        requireStaff(editor);
        Contribution contribution = load(id);
        StaleVersion.check("Contribution", id, version, contribution.getVersion());
        if (response == null || response.isBlank()) {
            throw new InvalidInput("comment", "decline-comment-required", "Tell the contributor why: a comment is required");
        }
        contribution.decline(response.trim(), editor, Moments.now(clock));
        return contributions.save(contribution);
    }

    private Contribution load(long id) {
        return contributions.findById(id)
                .orElseThrow(() -> new NotFound("contribution-not-found", "There is no contribution " + id, id));
    }

    private static void requireStaff(Actor actor) {
        if (!actor.has(Role.EDITOR) && !actor.has(Role.APPROVER)) {
            throw new Forbidden("role-required", "Only editors and approvers handle the inbox", Role.EDITOR.name());
        }
    }
}
