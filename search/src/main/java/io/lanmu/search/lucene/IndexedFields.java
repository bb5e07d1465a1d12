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

    /** Analysed on its own as well, so that a word in the title can outrank the same word in the body. */
    static final String TITLE = "title";
    /**
     * Every text of the document, analysed, one value each in a fixed order: title, summary, body, then each
     * attachment ({@link ContentValues}). One field to match keeps a search to one postings list per word, several
     * times faster than a disjunction over several fields. Not stored: the texts are stored in fields of their own.
     */
    static final String CONTENT = "content";

    // Stored only: what hits show and the highlighter reads.
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    /** One value per attachment, in the document's order, like {@link #ATTACHMENT_NAME}. */
    static final String ATTACHMENT = "attachment";
    static final String ATTACHMENT_NAME = "attachmentName";
    /** The length of each {@link #CONTENT} value, to tell which one a match is in. */
    static final String CONTENT_LENGTH = "contentLength";

    /** Epoch milliseconds: a point for range filters, doc values for sorting. */
    static final String DATE = "date";
    /** The year of {@link #DATE} in Beijing time, as doc values for the year facet. */
    static final String YEAR = "year";

    /**
     * With offsets in the postings, so the highlighter finds matches without analysing the text again: smartcn is
     * far too slow to run at search time.
     */
    static final FieldType TITLE_TYPE = withOffsets();
    static final FieldType CONTENT_TYPE = withOffsets();

    private IndexedFields() {
    }

    /** Indexed only: every text is stored once, in a stored field of the same name or its own. */
    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
