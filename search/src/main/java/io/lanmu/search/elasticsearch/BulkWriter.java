package io.lanmu.search.elasticsearch;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchUnavailable;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/**
 * Writes documents and deletions in {@code _bulk} requests of bounded size. Deletions go by id: the cluster may lack
 * {@code _delete_by_query}, and Spring Data's operations offer no bulk delete, hence the client underneath.
 */
final class BulkWriter {

    /** Bounds each request so that a rebuild handing over thousands of documents does not send one huge body. */
    private static final int MAX_OPERATIONS = 1_000;
    private static final long MAX_TEXT_CHARS = 4_000_000;

    private final ElasticsearchTemplate template;
    private final String alias;
    private final ZoneId yearsIn;

    BulkWriter(ElasticsearchTemplate template, String alias, ZoneId yearsIn) {
        this.template = template;
        this.alias = alias;
        this.yearsIn = yearsIn;
    }

    /**
     * Indexes the documents into {@code target}, the alias or a generation, adding to what is there: for a rebuild,
     * fed each item once.
     *
     * @param visible whether the documents must be searchable when this returns
     */
    void index(String target, Collection<SearchDocument> documents, boolean visible) {
        write(target, documents, false, visible);
    }

    /**
     * Indexes the documents into {@code target}, each item's documents replacing all it had: the ids it no longer
     * uses are deleted in the same request, so that one refresh shows the old documents or the new ones.
     */
    void replace(String target, Collection<SearchDocument> documents, boolean visible) {
        write(target, documents, true, visible);
    }

    /** Deletes every document of these items from {@code target}. */
    void deleteItems(String target, Collection<Long> itemIds, boolean visible) {
        Operations operations = new Operations(target);
        for (long itemId : itemIds) {
            SearchDocument.possibleIdsOf(itemId).forEach(operations::delete);
        }
        operations.flush(visible);
    }

    /** Deletes the documents with these ids (as stored) from {@code target}; unknown ids are no error. */
    void delete(String target, Collection<String> ids) {
        Operations operations = new Operations(target);
        ids.forEach(operations::delete);
        operations.flush(false);
    }

    private void write(String target, Collection<SearchDocument> documents, boolean replacing, boolean visible) {
        Operations operations = new Operations(target);
        Map<Long, Set<String>> written = new LinkedHashMap<>();
        for (SearchDocument document : documents) {
            operations.index(document);
            written.computeIfAbsent(document.itemId(), unused -> new HashSet<>()).add(document.id());
        }
        if (replacing) {
            written.forEach((itemId, ids) -> SearchDocument.possibleIdsOf(itemId).stream()
                    .filter(id -> !ids.contains(id)).forEach(operations::delete));
        }
        // One refresh at the end makes every request visible.
        operations.flush(visible);
    }

    /** Operations gathered into requests of bounded size, each sent once full. */
    private final class Operations {

        private final String target;
        private List<BulkOperation> batch = new ArrayList<>();
        private long chars;

        Operations(String target) {
            this.target = target;
        }

        void index(SearchDocument document) {
            Map<String, Object> source = DocumentSource.of(document, yearsIn);
            chars += textLength(document);
            add(BulkOperation.of(op -> op.index(index -> index.id(document.id()).document(source))));
        }

        void delete(String id) {
            add(BulkOperation.of(op -> op.delete(delete -> delete.id(id))));
        }

        private void add(BulkOperation operation) {
            batch.add(operation);
            if (batch.size() >= MAX_OPERATIONS || chars >= MAX_TEXT_CHARS) {
                send(target, batch, false);
                batch = new ArrayList<>();
                chars = 0;
            }
        }

        void flush(boolean visible) {
            send(target, batch, visible);
        }
    }

    private void send(String target, List<BulkOperation> operations, boolean visible) {
        if (operations.isEmpty()) {
            if (visible) {
                template.indexOps(IndexCoordinates.of(target)).refresh();
            }
            return;
        }
        BulkRequest request = BulkRequest.of(bulk -> bulk.index(target).operations(operations)
                // Through the alias, a missing alias fails the request instead of letting the cluster create a
                // concrete index of that name (with a guessed mapping), which would block the alias for good.
                .requireAlias(target.equals(alias))
                // refresh=true rather than wait_for: an editor's change shows at once, not at the next scheduled
                // refresh up to a second later, and a large load is refreshed only once, after its last batch.
                .refresh(visible ? Refresh.True : Refresh.False));
        BulkResponse response = template.execute(client -> client.bulk(request));
        if (response.errors()) {
            throw refused(response);
        }
    }

    private static SearchUnavailable refused(BulkResponse response) {
        List<BulkResponseItem> failed = response.items().stream().filter(item -> item.error() != null).toList();
        BulkResponseItem first = failed.getFirst();
        return new SearchUnavailable("Elasticsearch refused " + failed.size() + " of " + response.items().size()
                + " operations; the first, on " + first.id() + ": " + first.error().type() + ": "
                + first.error().reason(), null);
    }

    private static long textLength(SearchDocument document) {
        long length = length(document.title()) + length(document.summary()) + length(document.body());
        for (SearchDocument.AttachmentText attachment : document.attachments()) {
            length += length(attachment.text());
        }
        return length;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
