package io.lanmu.search.elasticsearch;

/**
 * The field names of {@code elasticsearch/mappings.json}, whose choices JSON cannot explain itself:
 *
 * <ul>
 *   <li>Full text ({@code title}, {@code summary}, {@code body}, {@code attachments.text}) uses {@code lanmu_chinese}
 *       of {@code settings.json}: smartcn's tokenizer, lowercase and smartcn's stop filter (punctuation), the names
 *       Elastic's analysis-smartcn plugin registers. Unlike the plugin's {@code smartcn} analyzer it does not stem
 *       Latin words: codes and acronyms (PDF, OFD, iOS) are typed exactly. Numbers stay whole (2026, 12366).
 *   <li>Highlighted fields keep offsets in their postings, so the highlighter never re-runs smartcn, which is slow.
 *   <li>Exact values ({@code id}, {@code scope}, {@code columnId}, {@code columnPath}, {@code category},
 *       {@code status}, {@code tags}) are keywords: filters look them up as terms, facets count their doc values.
 *       {@code id} is mapped explicitly, and sorts last to break ties ({@code _id} cannot be sorted on).
 *       {@code columnId} and {@code category} build their global ordinals at refresh, not at the first facet after.
 *   <li>{@code date} is a millisecond date, which also holds documents from before 1970 ({@code date_nanos} cannot);
 *       the source keeps the full Instant for hits. {@code year}, its year in the site's time zone
 *       ({@code lanmu.site.time-zone}), is a keyword for the year facet: counting its ordinals costs a fifth of what a
 *       date histogram in a time zone costs per search.
 *   <li>Attachments are nested, so that a hit can say which of them matched; their text is analysed there only (no
 *       {@code include_in_root} copy, which analysed it twice), and a query reaches it word by word through nested
 *       clauses. Names are only stored.
 *   <li>{@code dynamic: strict}: a field the mapping does not know fails the write instead of guessing a type.
 * </ul>
 */
final class IndexedFields {

    static final String ID = "id";
    static final String ITEM_ID = "itemId";
    static final String SCOPE = "scope";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String ATTACHMENTS = "attachments";
    static final String ATTACHMENT_ID = "attachmentId";
    static final String ATTACHMENT_NAME = "name";
    static final String ATTACHMENT_TEXT = "text";
    static final String COLUMN_ID = "columnId";
    static final String COLUMN_PATH = "columnPath";
    static final String CATEGORY = "category";
    static final String STATUS = "status";
    static final String TAGS = "tags";
    static final String DATE = "date";
    static final String YEAR = "year";

    private IndexedFields() {
    }

    /** A field of an attachment, as queries name it: {@code attachments.text}. */
    static String attachment(String field) {
        return ATTACHMENTS + "." + field;
    }
}
