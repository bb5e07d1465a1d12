package io.lanmu.search.elasticsearch;

import java.util.ArrayList;
import java.util.Collection;
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

    BulkWriter(ElasticsearchTemplate template, String alias) {
        this.template = template;
        this.alias = alias;
    }

    /**
     * Indexes the documents into {@code target}, the alias or a generation.
     *
     * @param visible whether the documents must be searchable when this returns
     */
    void index(String target, Collection<SearchDocument> documents, boolean visible) {
        List<BulkOperation> batch = new ArrayList<>();
        long chars = 0;
        for (SearchDocument document : documents) {
            Map<String, Object> source = DocumentSource.of(document);
            batch.add(BulkOperation.of(op -> op.index(index -> index.id(document.id()).document(source))));
            chars += textLength(document);
            if (batch.size() >= MAX_OPERATIONS || chars >= MAX_TEXT_CHARS) {
                send(target, batch, false);
                batch = new ArrayList<>();
                chars = 0;
            }
        }
        // One refresh at the end makes every batch visible.
        send(target, batch, visible);
    }

    /** Deletes the documents with these ids from {@code target}; unknown ids are no error. */
    void delete(String target, Collection<String> ids, boolean visible) {
        List<BulkOperation> batch = new ArrayList<>();
        for (String id : ids) {
            batch.add(BulkOperation.of(op -> op.delete(delete -> delete.id(id))));
            if (batch.size() >= MAX_OPERATIONS) {
                send(target, batch, false);
                batch = new ArrayList<>();
            }
        }
        send(target, batch, visible);
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
