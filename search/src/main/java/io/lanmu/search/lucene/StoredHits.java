package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.*;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchResult.Hit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/** Reads what hits show, and the texts the highlighter needs, from the stored fields. */
final class StoredHits {

    private static final Set<String> SHOWN = Set.of(ID, ITEM_ID, TITLE, SUMMARY, COLUMN_ID, CATEGORY, STATUS, DATE,
            ATTACHMENT_NAME, CONTENT_LENGTH);
    private static final Set<String> SHOWN_AND_HIGHLIGHTED = union(SHOWN, Set.of(BODY, ATTACHMENT));

    private final StoredFields storedFields;

    StoredHits(IndexSearcher searcher) throws IOException {
        this.storedFields = searcher.storedFields();
    }

    /**
     * The documents of a page by document id, with their texts when they are to be highlighted: loaded once for both,
     * since each load decompresses a block of documents.
     */
    Map<Integer, Document> load(int[] docIds, boolean withTexts) throws IOException {
        Map<Integer, Document> documents = new HashMap<>();
        for (int docId : docIds) {
            documents.put(docId, storedFields.document(docId, withTexts ? SHOWN_AND_HIGHLIGHTED : SHOWN));
        }
        return documents;
    }

    String title(int docId) throws IOException {
        return storedFields.document(docId, Set.of(TITLE)).get(TITLE);
    }

    private static Set<String> union(Set<String> some, Set<String> more) {
        Set<String> all = new HashSet<>(some);
        all.addAll(more);
        return Set.copyOf(all);
    }

    /** @param scope the scope searched, which names the hit when its document is in both */
    static Hit toHit(Document stored, Scope scope, float score, Map<String, List<String>> highlights,
            List<String> matchedAttachments) {
        IndexableField date = stored.getField(DATE);
        long itemId = Long.parseLong(stored.get(ITEM_ID));
        return new Hit(SearchDocument.idOf(scope, itemId), itemId, stored.get(TITLE), stored.get(SUMMARY),
                Long.parseLong(stored.get(COLUMN_ID)), stored.get(CATEGORY), stored.get(STATUS),
                date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()), score, highlights,
                matchedAttachments);
    }
}
