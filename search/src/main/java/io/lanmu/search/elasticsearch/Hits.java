package io.lanmu.search.elasticsearch;

import io.lanmu.search.SearchDocument;

import io.lanmu.search.Scope;

import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENTS;
import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENT_NAME;
import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENT_TEXT;
import static io.lanmu.search.elasticsearch.IndexedFields.BODY;
import static io.lanmu.search.elasticsearch.IndexedFields.CATEGORY;
import static io.lanmu.search.elasticsearch.IndexedFields.COLUMN_ID;
import static io.lanmu.search.elasticsearch.IndexedFields.DATE;
import static io.lanmu.search.elasticsearch.IndexedFields.ITEM_ID;
import static io.lanmu.search.elasticsearch.IndexedFields.STATUS;
import static io.lanmu.search.elasticsearch.IndexedFields.SUMMARY;
import static io.lanmu.search.elasticsearch.IndexedFields.TITLE;
import static io.lanmu.search.elasticsearch.IndexedFields.attachment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.Rescue;
import io.lanmu.search.SearchResult;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.SearchHits;

/** Turns Elasticsearch's hits into the port's: fields from the source, highlights as HTML, matched attachments. */
final class Hits {

    private Hits() {
    }

    /** @param scope the scope searched, which names a hit whose document is in both */
    static SearchResult read(SearchHits<Map<String, Object>> hits, Scope scope, Set<Rescue> rescues) {
        List<SearchResult.Hit> page = hits.getSearchHits().stream().map(hit -> hit(hit, scope)).toList();
        return new SearchResult(hits.getTotalHits(), page, Facets.read(hits.getAggregations()), rescues);
    }

    private static SearchResult.Hit hit(SearchHit<Map<String, Object>> hit, Scope scope) {
        Map<String, Object> source = hit.getContent();
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        putHighlights(highlights, TITLE, hit.getHighlightField(TITLE));
        putHighlights(highlights, BODY, hit.getHighlightField(BODY));
        List<SearchHit<?>> attachments = matchedAttachments(hit);
        attachments.stream().map(matched -> matched.getHighlightField(attachment(ATTACHMENT_TEXT)))
                .filter(snippets -> !snippets.isEmpty()).findFirst()
                .ifPresent(snippets -> putHighlights(highlights, "attachment", snippets.subList(0, 1)));
        float score = Float.isNaN(hit.getScore()) ? 0f : hit.getScore();
        long itemId = number(source.get(ITEM_ID));
        return new SearchResult.Hit(SearchDocument.idOf(scope, itemId), itemId, text(source.get(TITLE)),
                text(source.get(SUMMARY)), Long.parseLong(text(source.get(COLUMN_ID))), text(source.get(CATEGORY)),
                text(source.get(STATUS)), date(source.get(DATE)), score, Collections.unmodifiableMap(highlights),
                attachmentNames(source, attachments));
    }

    /** The inner hits of the attachments that hold a searched word, in the document's order. */
    private static List<SearchHit<?>> matchedAttachments(SearchHit<?> hit) {
        var inner = hit.getInnerHits(TextQueries.MATCHED_ATTACHMENTS);
        if (inner == null) {
            return List.of();
        }
        List<SearchHit<?>> matched = new ArrayList<>(inner.getSearchHits());
        matched.sort(Comparator.comparingInt(each -> each.getNestedMetaData().getOffset()));
        return matched;
    }

    private static List<String> attachmentNames(Map<String, Object> source, List<SearchHit<?>> matched) {
        if (matched.isEmpty() || !(source.get(ATTACHMENTS) instanceof List<?> attachments)) {
            return List.of();
        }
        return matched.stream().map(each -> each.getNestedMetaData().getOffset())
                .filter(offset -> offset < attachments.size())
                .map(offset -> attachments.get(offset) instanceof Map<?, ?> names
                        ? text(names.get(ATTACHMENT_NAME)) : null)
                .filter(name -> name != null)
                .toList();
    }

    private static void putHighlights(Map<String, List<String>> highlights, String field, List<String> snippets) {
        if (snippets != null && !snippets.isEmpty()) {
            highlights.put(field, snippets.stream().map(Highlights::toHtml).toList());
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
    }

    private static Instant date(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }
}
