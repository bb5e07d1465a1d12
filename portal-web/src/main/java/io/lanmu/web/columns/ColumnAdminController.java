package io.lanmu.web.columns;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnDraft;
import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnNotFound;
import io.lanmu.column.ColumnSettings;
import io.lanmu.column.ColumnTree;
import io.lanmu.column.SiteTree;
import io.lanmu.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Columns (admin)", description = "Shape the site tree: create, rename, hide, move, reorder, delete")
@RestController
@RequestMapping("/api/admin/columns")
class ColumnAdminController {

    private final ColumnTree tree;

    ColumnAdminController(ColumnTree tree) {
        this.tree = tree;
    }

    @Operation(summary = "The whole tree, hidden columns included")
    @GetMapping
    List<ColumnResponse> tree(Actor actor) {
        SiteTree site = tree.snapshot();
        return site.roots().stream().map(root -> ColumnResponse.treeOf(root, site)).toList();
    }

    @GetMapping("/{id}")
    ColumnResponse column(@PathVariable long id, Actor actor) {
        SiteTree site = tree.snapshot();
        return site.find(id).map(node -> ColumnResponse.treeOf(node, site)).orElseThrow(() -> new ColumnNotFound(id));
    }

    @Operation(summary = "Create a column; without a position it goes last among its siblings")
    @PostMapping
    ResponseEntity<ColumnResponse> create(@RequestBody NewColumnRequest request, Actor actor) {
        Column created = tree.create(new ColumnDraft(request.parentId(), request.name(), request.slug(),
                request.kind(), request.linkUrl(), request.description(),
                request.visible() == null || request.visible(), request.position()), actor);
        return ResponseEntity.created(URI.create("/api/admin/columns/" + created.getId())).body(current(created));
    }

    @Operation(summary = "Rename, change the slug or link, hide or show a column")
    @PutMapping("/{id}")
    ColumnResponse change(@PathVariable long id, @RequestBody ColumnSettingsRequest request, Actor actor) {
        Column column = tree.find(id);
        // A setting left out keeps its value, so hiding a column needs only {"visible": false, "version": n}.
        return current(tree.change(id, new ColumnSettings(or(request.name(), column.getName()),
                or(request.slug(), column.getSlug()), or(request.linkUrl(), column.getLinkUrl()),
                or(request.description(), column.getDescription()),
                request.visible() == null ? column.isVisible() : request.visible(), request.version()), actor));
    }

    @Operation(summary = "Move a column under another parent (null: the top level) and/or to another position")
    @PostMapping("/{id}/move")
    ColumnResponse move(@PathVariable long id, @RequestBody MoveRequest request, Actor actor) {
        return current(tree.move(id, request.parentId(), request.position(), request.version(), actor));
    }

    @Operation(summary = "Delete an empty column; refused while it has child columns or items")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Actor actor) {
        tree.delete(id, actor);
    }

    private static String or(String value, String current) {
        return value == null ? current : value;
    }

    private ColumnResponse current(Column column) {
        return ColumnResponse.of(tree.snapshot().find(column.getId()).orElseThrow());
    }

    record NewColumnRequest(Long parentId, String name, String slug, ColumnKind kind, String linkUrl,
            String description, Boolean visible, Integer position) {
    }

    record ColumnSettingsRequest(String name, String slug, String linkUrl, String description, Boolean visible,
            Long version) {
    }

    record MoveRequest(Long parentId, Integer position, Long version) {
    }
}
