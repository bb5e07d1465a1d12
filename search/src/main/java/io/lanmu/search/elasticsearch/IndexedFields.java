package io.lanmu.search.elasticsearch;

/** The field names of {@code elasticsearch/mappings.json}. */
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

    private IndexedFields() {
    }

    /** A field of an attachment, as queries name it: {@code attachments.text}. */
    static String attachment(String field) {
        return ATTACHMENTS + "." + field;
    }
}
