package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lanmu.search.SearchDocument;

/** The {@code _source} a document is indexed with: the fields of {@code elasticsearch/mappings.json}. */
final class DocumentSource {

    private DocumentSource() {
    }

    static Map<String, Object> of(SearchDocument document) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(ID, document.id());
        source.put(ITEM_ID, document.itemId());
        source.put(SCOPE, document.scope().name());
        source.put(TITLE, document.title());
        source.put(SUMMARY, document.summary());
        source.put(BODY, document.body());
        source.put(ATTACHMENTS, document.attachments().stream().map(DocumentSource::attachment).toList());
        // Column ids are keywords: filters and facets look them up as terms, never as ranges.
        source.put(COLUMN_ID, Long.toString(document.columnId()));
        source.put(COLUMN_PATH, document.columnPath().stream().map(String::valueOf).toList());
        source.put(CATEGORY, document.category());
        source.put(STATUS, document.status());
        source.put(TAGS, document.tags());
        // ISO-8601 with every digit the Instant has: the index keeps milliseconds, the source the rest, so a hit gives
        // back the very Instant that was indexed.
        source.put(DATE, document.date() == null ? null : document.date().toString());
        return source;
    }

    private static Map<String, Object> attachment(SearchDocument.AttachmentText attachment) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(ATTACHMENT_ID, attachment.attachmentId());
        source.put(ATTACHMENT_NAME, attachment.name());
        source.put(ATTACHMENT_TEXT, attachment.text());
        return source;
    }

    static List<String> resultFields() {
        return List.of(ITEM_ID, TITLE, SUMMARY, COLUMN_ID, CATEGORY, STATUS, DATE);
    }
}
