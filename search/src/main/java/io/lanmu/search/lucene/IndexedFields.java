package io.lanmu.search.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** The names of the fields in the index and how full-text fields are indexed. */
final class IndexedFields {

    // Exact-match fields: indexed as single terms, never analysed.
    static final String ID = "id";
    static final String ITEM_ID = "itemId";
    static final String SCOPE = "scope";
    static final String COLUMN_ID = "columnId";
    static final String COLUMN_PATH = "columnPath";
    static final String CATEGORY = "category";
    static final String STATUS = "status";
    static final String TAGS = "tags";

    // Full-text fields, analysed into words.
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /** One value per attachment, in the order of {@link #ATTACHMENT_NAME} and {@link #ATTACHMENT_LENGTH}. */
    static final String ATTACHMENT = "attachment";

    // Stored only, to say which attachment matched.
    static final String ATTACHMENT_NAME = "attachmentName";
    static final String ATTACHMENT_LENGTH = "attachmentLength";

    /** Epoch milliseconds: a point for range filters, doc values for sorting. */
    static final String DATE = "date";
    /** The year of {@link #DATE} in Beijing time, as doc values for the year facet. */
    static final String YEAR = "year";

    /**
     * Stored once (there is no separate source document) and with offsets in the postings, so the highlighter
     * finds matches without re-analysing the text: smartcn is far too slow to run at search time.
     */
    static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private IndexedFields() {
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
