package io.lanmu.search.elasticsearch;

import io.lanmu.search.Scope;

import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENTS;
import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENT_ID;
import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENT_NAME;
import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENT_TEXT;
import static io.lanmu.search.elasticsearch.IndexedFields.BODY;
import static io.lanmu.search.elasticsearch.IndexedFields.CATEGORY;
import static io.lanmu.search.elasticsearch.IndexedFields.COLUMN_ID;
import static io.lanmu.search.elasticsearch.IndexedFields.COLUMN_PATH;
import static io.lanmu.search.elasticsearch.IndexedFields.DATE;
import static io.lanmu.search.elasticsearch.IndexedFields.ID;
import static io.lanmu.search.elasticsearch.IndexedFields.ITEM_ID;
import static io.lanmu.search.elasticsearch.IndexedFields.SCOPE;
import static io.lanmu.search.elasticsearch.IndexedFields.STATUS;
import static io.lanmu.search.elasticsearch.IndexedFields.SUMMARY;
import static io.lanmu.search.elasticsearch.IndexedFields.TAGS;
import static io.lanmu.search.elasticsearch.IndexedFields.TITLE;
import static io.lanmu.search.elasticsearch.IndexedFields.YEAR;
import static io.lanmu.search.elasticsearch.IndexedFields.attachment;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lanmu.search.SearchDocument;

/**
 * The {@code _source} a document is indexed with: the fields of {@code elasticsearch/mappings.json}. It is kept
 * whole, since the highlighter cuts its snippets from it and a rebuild feeds documents anew rather than reindexing.
 */
final class DocumentSource {

    private DocumentSource() {
    }

    /** @param yearsIn the zone the year facet counts years in */
    static Map<String, Object> of(SearchDocument document, ZoneId yearsIn) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(ID, document.id());
        source.put(ITEM_ID, document.itemId());
        source.put(SCOPE, document.scopes().stream().map(Scope::name).sorted().toList());
        source.put(TITLE, document.title());
        source.put(SUMMARY, document.summary());
        source.put(BODY, document.body());
        source.put(ATTACHMENTS, document.attachments().stream().map(DocumentSource::attachmentSource).toList());
        // Column ids are keywords: filters and facets look them up as terms, never as ranges.
        source.put(COLUMN_ID, Long.toString(document.columnId()));
        source.put(COLUMN_PATH, document.columnPath().stream().map(String::valueOf).toList());
        source.put(CATEGORY, document.category());
        source.put(STATUS, document.status());
        source.put(TAGS, document.tags());
        // ISO-8601 with every digit the Instant has: the index keeps milliseconds, the source the rest, so a hit gives
        // back the very Instant that was indexed.
        source.put(DATE, document.date() == null ? null : document.date().toString());
        source.put(YEAR, document.date() == null ? null : Integer.toString(document.date().atZone(yearsIn).getYear()));
        return source;
    }

    private static Map<String, Object> attachmentSource(SearchDocument.AttachmentText attachment) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(ATTACHMENT_ID, attachment.attachmentId());
        source.put(ATTACHMENT_NAME, attachment.name());
        source.put(ATTACHMENT_TEXT, attachment.text());
        return source;
    }

    /**
     * The fields a hit shows, the only ones a search fetches: bodies and attachment texts stay on the cluster. Of the
     * attachments only the names, since a matched one is found by its position among them.
     */
    static List<String> shownInHits() {
        return List.of(ITEM_ID, TITLE, SUMMARY, COLUMN_ID, CATEGORY, STATUS, DATE, attachment(ATTACHMENT_NAME));
    }
}
