package io.lanmu.preview;

import io.lanmu.item.Item;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemDetails;
import io.lanmu.item.PublishedItem;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Forbidden;
import io.lanmu.shared.NotFound;
import io.lanmu.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Makes preview links for editors of an item's column and for approvers, and opens them for anyone who holds one
 * until they expire. A link names the revision that was latest when it was made, so what a reviewer sees never
 * changes under them.
 */
@Service
public class PreviewLinks {

    private final ItemCatalog catalog;
    private final PreviewKey key;
    private final PreviewProperties properties;
    private final Clock clock;

    PreviewLinks(ItemCatalog catalog, PreviewKey key, PreviewProperties properties, Clock clock) {
        this.catalog = catalog;
        this.key = key;
        this.properties = properties;
        this.clock = clock;
    }

    /** A link to the latest revision of the item; 404 or 403 unless the actor edits its column or approves. */
    public PreviewLink issue(long itemId, Actor actor) {
        if (!actor.has(Role.EDITOR) && !actor.has(Role.APPROVER)) {
            throw new Forbidden("preview-not-allowed", "Only editors and approvers make preview links");
        }
        Item item = catalog.find(itemId, actor).item();
        Instant expiresAt = clock.instant().plus(properties.linkLifetime()).truncatedTo(ChronoUnit.SECONDS);
        int revision = item.getLatestRevision();
        return new PreviewLink(PreviewSignature.token(key.bytes(), itemId, revision, expiresAt), itemId, revision,
                expiresAt);
    }

    /** What the link shows, or empty when it is tampered with, expired, or its item or revision is gone. */
    public Optional<Preview> open(String token) {
        Optional<PreviewLink> link = PreviewSignature.verify(key.bytes(), token);
        Instant now = clock.instant();
        if (link.isEmpty() || !now.isBefore(link.get().expiresAt())) {
            return Optional.empty();
        }
        try {
            ItemDetails details = catalog.find(link.get().itemId(), Actor.SYSTEM_ADMIN);
            Item item = details.item();
            var revision = catalog.revision(item.getId(), link.get().revision(), Actor.SYSTEM_ADMIN);
            Instant publishAt = item.getSchedule().publishAt();
            Instant shownAt = publishAt != null ? publishAt
                    : item.getPublishedAt() != null ? item.getPublishedAt() : now;
            return Optional.of(new Preview(new PublishedItem(item.getId(), item.getColumnId(), item.getCategory(),
                    revision.getNumber(), revision.getContent(), shownAt, revision.getCreatedAt()),
                    link.get().expiresAt()));
        }
        catch (NotFound gone) {
            return Optional.empty();
        }
    }
}
