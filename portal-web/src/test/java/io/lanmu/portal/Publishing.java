package io.lanmu.portal;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnDraft;
import io.lanmu.column.ColumnKind;
import io.lanmu.column.ColumnSettings;
import io.lanmu.column.ColumnTree;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.item.Approval;
import io.lanmu.item.Item;
import io.lanmu.item.ItemAttachments;
import io.lanmu.item.ItemCatalog;
import io.lanmu.item.ItemChanges;
import io.lanmu.item.ItemContent;
import io.lanmu.item.ItemEditing;
import io.lanmu.item.ItemWorkflow;
import io.lanmu.item.NewItem;
import io.lanmu.shared.Actor;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;

/**
 * Builds public-site fixtures through the real editorial services: columns with readable slugs, items in every
 * workflow state. Each published item is a minute newer than the one before, so lists have a known order.
 */
@TestComponent
class Publishing {

    private final TestSite site;
    private final ColumnTree columns;
    private final ItemEditing editing;
    private final ItemWorkflow workflow;
    private final ItemAttachments attachments;
    private final TestClock clock;
    private final ItemCatalog catalog;

    Publishing(TestSite site, ColumnTree columns, ItemEditing editing, ItemWorkflow workflow,
            ItemAttachments attachments, TestClock clock, ItemCatalog catalog) {
        this.catalog = catalog;
        this.site = site;
        this.columns = columns;
        this.editing = editing;
        this.workflow = workflow;
        this.attachments = attachments;
        this.clock = clock;
    }

    Column column(Column parent, String name, ColumnKind kind) {
        String slug = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String link = kind == ColumnKind.LINK ? "https://etax.example.gov.cn/" + slug : null;
        return columns.create(new ColumnDraft(parent == null ? null : parent.getId(), name, slug, kind, link, null,
                true, null), Actor.SYSTEM_ADMIN);
    }

    Column hide(Column column) {
        Column current = columns.find(column.getId());
        return columns.change(current.getId(), new ColumnSettings(current.getName(), current.getSlug(),
                current.getLinkUrl(), current.getDescription(), false, current.getVersion()), Actor.SYSTEM_ADMIN);
    }

    Item draft(Column column, String title) {
        return draft(column, content(title, "<p>" + title + "的正文。</p>", null), InformationCategory.GENERAL);
    }

    Item draft(Column column, ItemContent content, InformationCategory category) {
        return editing.create(new NewItem(column.getId(), category, null, content), site.editorOf(column));
    }

    Item inReview(Column column, String title) {
        Item item = draft(column, title);
        return workflow.submit(item.getId(), null, site.editorOf(column));
    }

    long published(Column column, String title) {
        return published(column, content(title, "<p>" + title + "的正文。</p>", null), InformationCategory.GENERAL);
    }

    long published(Column column, ItemContent content, InformationCategory category) {
        clock.advance(Duration.ofMinutes(1));
        Item item = draft(column, content, category);
        return approve(item, Approval.now());
    }

    /** Publishes an item with a text file attached. */
    long publishedWithFile(Column column, String title, String fileName, String text) {
        clock.advance(Duration.ofMinutes(1));
        Actor editor = site.editorOf(column);
        Item item = draft(column, title);
        Path file = null;
        try {
            file = Files.writeString(Files.createTempFile("lanmu-test-", ".txt"), text, StandardCharsets.UTF_8);
            attachments.attach(item.getId(), fileName, file, null, editor);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        return approve(item, Approval.now());
    }

    long scheduled(Column column, String title, Instant publishAt) {
        return approve(draft(column, title), new Approval(publishAt, null, "提前审核，按计划发布", null));
    }

    long unpublished(Column column, String title) {
        long id = published(column, title);
        unpublish(id);
        return id;
    }

    void unpublish(long id) {
        workflow.unpublish(id, null, site.approver());
    }

    /** Saves a new draft revision with another title; a published item stays on the site as it was. */
    Item revised(long id, String title) {
        Item item = catalog.find(id, site.approver()).item();
        return editing.revise(id, new ItemChanges(item.getVersion(), null, null, null, title, null, null, null, null,
                null, null, null, null, null, null), site.editorOf(columns.find(item.getColumnId())));
    }

    /** Publishes a new revision with another title in place of the live one. */
    long republished(long id, String title) {
        clock.advance(Duration.ofMinutes(1));
        return approve(revised(id, title), Approval.now());
    }

    static ItemContent content(String title, String body, String source) {
        return new ItemContent(title, null, body, null, source, List.of(), null, null, null, null, List.of());
    }

    private long approve(Item item, Approval approval) {
        Actor editor = site.editorOf(columns.find(item.getColumnId()));
        workflow.submit(item.getId(), null, editor);
        return workflow.approve(item.getId(), approval, site.approver()).getId();
    }
}
