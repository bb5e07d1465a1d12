package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.*;

import java.time.Instant;
import java.time.ZoneId;

import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchDocument.AttachmentText;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link SearchDocument} into the Lucene document that represents it in the index. */
final class DocumentMapper {

    /** The year facet counts years as visitors in China see them. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private DocumentMapper() {
    }

    static Document toLucene(SearchDocument source) {
        Document document = new Document();
        addExactFields(source, document);
        addText(source, document);
        addAttachments(source, document);
        if (source.date() != null) {
            addDate(source.date(), document);
        }
        return document;
    }

    private static void addExactFields(SearchDocument source, Document document) {
        document.add(new StringField(ID, source.id(), Store.YES));
        // Doc values let ids(scope) list ids without decompressing the stored bodies around them.
        document.add(new SortedDocValuesField(ID, new BytesRef(source.id())));
        document.add(new StringField(ITEM_ID, Long.toString(source.itemId()), Store.YES));
        document.add(new StringField(SCOPE, source.scope().name(), Store.NO));
        document.add(new StringField(COLUMN_ID, Long.toString(source.columnId()), Store.YES));
        // Facets count doc-value ordinals, the cheapest way to count every match.
        document.add(new SortedDocValuesField(COLUMN_ID, new BytesRef(Long.toString(source.columnId()))));
        for (Long columnId : source.columnPath()) {
            document.add(new StringField(COLUMN_PATH, columnId.toString(), Store.NO));
        }
        if (source.category() != null) {
            document.add(new StringField(CATEGORY, source.category(), Store.YES));
            document.add(new SortedDocValuesField(CATEGORY, new BytesRef(source.category())));
        }
        if (source.status() != null) {
            document.add(new StringField(STATUS, source.status(), Store.YES));
        }
        for (String tag : source.tags()) {
            document.add(new StringField(TAGS, tag, Store.NO));
        }
    }

    private static void addText(SearchDocument source, Document document) {
        document.add(new Field(TITLE, orEmpty(source.title()), HIGHLIGHTED_TEXT));
        if (source.summary() != null) {
            document.add(new TextField(SUMMARY, source.summary(), Store.YES));
        }
        document.add(new Field(BODY, orEmpty(source.body()), HIGHLIGHTED_TEXT));
    }

    private static void addAttachments(SearchDocument source, Document document) {
        for (AttachmentText attachment : source.attachments()) {
            String text = orEmpty(attachment.text());
            document.add(new Field(ATTACHMENT, text, HIGHLIGHTED_TEXT));
            document.add(new StoredField(ATTACHMENT_NAME, orEmpty(attachment.name())));
            document.add(new StoredField(ATTACHMENT_LENGTH, text.length()));
        }
    }

    private static void addDate(Instant date, Document document) {
        long millis = date.toEpochMilli();
        document.add(new LongPoint(DATE, millis));
        document.add(new NumericDocValuesField(DATE, millis));
        document.add(new StoredField(DATE, millis));
        String year = Integer.toString(date.atZone(BEIJING).getYear());
        document.add(new SortedDocValuesField(YEAR, new BytesRef(year)));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
