package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.*;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.lanmu.search.SearchResult.Hit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/** Reads what a hit shows from the stored fields, leaving the large ones (body, attachment texts) on disk. */
final class StoredHits {

    private static final Set<String> SHOWN = Set.of(ID, ITEM_ID, TITLE, SUMMARY, COLUMN_ID, CATEGORY, STATUS, DATE,
            ATTACHMENT_NAME, ATTACHMENT_LENGTH);

    private final StoredFields storedFields;

    StoredHits(IndexSearcher searcher) throws IOException {
        this.storedFields = searcher.storedFields();
    }

    Document load(int docId) throws IOException {
        return storedFields.document(docId, SHOWN);
    }

    String title(int docId) throws IOException {
        return storedFields.document(docId, Set.of(TITLE)).get(TITLE);
    }

    static Hit toHit(Document stored, float score, Map<String, List<String>> highlights,
            List<String> matchedAttachments) {
        IndexableField date = stored.getField(DATE);
        return new Hit(stored.get(ID), Long.parseLong(stored.get(ITEM_ID)), stored.get(TITLE), stored.get(SUMMARY),
                Long.parseLong(stored.get(COLUMN_ID)), stored.get(CATEGORY), stored.get(STATUS),
                date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()), score, highlights,
                matchedAttachments);
    }
}
