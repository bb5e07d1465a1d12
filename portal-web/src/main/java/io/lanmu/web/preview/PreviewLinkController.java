package io.lanmu.web.preview;

import io.lanmu.preview.PreviewLink;
import io.lanmu.preview.PreviewLinks;
import io.lanmu.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Items (admin)")
@RestController
class PreviewLinkController {

    private final PreviewLinks links;

    PreviewLinkController(PreviewLinks links) {
        this.links = links;
    }

    @Operation(summary = "A signed link that shows the item's latest revision as the site will, without signing in",
            description = "For editors of the item's column and approvers. The link works until expiresAt "
                    + "(lanmu.preview.link-lifetime) and always shows the revision that was latest now.")
    @PostMapping("/api/admin/items/{id}/preview-link")
    @ResponseStatus(HttpStatus.CREATED)
    PreviewLinkResponse create(@PathVariable long id, Actor actor) {
        PreviewLink link = links.issue(id, actor);
        // The address as the requester reached Lanmu (behind a proxy: as forwarded), so it opens from outside too.
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/preview/{token}")
                .buildAndExpand(link.token()).toUriString();
        return new PreviewLinkResponse(url, link.revision(), link.expiresAt());
    }

    record PreviewLinkResponse(String url, int revision, Instant expiresAt) {
    }
}
