package io.lanmu.search.indexing;

import io.lanmu.item.SearchableItem;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns items into search documents. An item has an editorial document (its latest revision) always,
 * and a public document (its live revision) only while it is online in a column visitors can see.
 */
@Component
class ItemDocuments {

    /**
     * The documents the item should have: one per scope, or one for both when they read alike (the item is live with
     * its latest revision, first published at its last change); none when it has none.
     */
    List<SearchDocument> of(SearchableItem item) {
        return SearchDocument.ofItem(document(Scope.EDITORIAL, item, item.latest()),
                document(Scope.PUBLIC, item, item.published()));
    }

    private static SearchDocument document(Scope scope, SearchableItem item, SearchableItem.View view) {
        if (view == null) {
            return null;
        }
        List<SearchDocument.AttachmentText> texts = view.attachments().stream()
                .map(file -> new SearchDocument.AttachmentText(file.attachmentId(), file.fileName(), file.text()))
                .toList();
        return new SearchDocument(item.id(), scope, view.title(), view.summary(), view.text(), texts, item.columnId(),
                item.columnPath(), item.category().name(), item.status().name(), view.tags(), view.date());
    }
}
