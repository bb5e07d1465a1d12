package io.lanmu.search.lucene;

import io.lanmu.search.Scope;

import static io.lanmu.search.lucene.IndexedFields.*;

import java.time.Instant;
import java.time.ZoneId;

import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchDocument.AttachmentText;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link SearchDocument} into the Lucene document that represents it in the index. */
final class DocumentMapper {

    /**
     * The version of what this mapper, {@link IndexedFields} and {@link io.lanmu.search.query.ChineseAnalyzer} put in an index. Bump it with
     * every change that an index written before would not match (a field added, renamed or typed differently, other
     * words from the analyzer): at start, an index written in an older version is rebuilt in the background while
     * searches keep using it (see {@link io.lanmu.search.IndexFormat}).
     */
    static final int FORMAT = 2; // 2: one document for both scopes where they read alike


    private DocumentMapper() {
    }

    /**
     * @param analysis analyses the texts the document shares with others of its batch once for all
     * @param yearsIn the zone the year facet counts years in
     */
    static Document toLucene(SearchDocument source, SharedAnalysis analysis, ZoneId yearsIn) {
        Document document = new Document();
        addExactFields(source, document);
        addText(source, document, analysis);
        addAttachments(source, document);
        if (source.date() != null) {
            addDate(source.date(), document, yearsIn);
        }
        return document;
    }

    private static void addExactFields(SearchDocument source, Document document) {
        document.add(new StringField(ID, source.id(), Store.YES));
        // Doc values let ids(scope) list ids without decompressing the stored bodies around them.
        document.add(new SortedDocValuesField(ID, new BytesRef(source.id())));
        document.add(new StringField(ITEM_ID, Long.toString(source.itemId()), Store.YES));
        for (Scope scope : source.scopes()) {
            document.add(new StringField(SCOPE, scope.name(), Store.NO));
        }
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

    private static void addText(SearchDocument source, Document document, SharedAnalysis analysis) {
        String title = ContentValues.orEmpty(source.title());
        document.add(new StoredField(TITLE, title));
        analysis.index(document, TITLE, title, TITLE_TYPE);
        if (source.summary() != null) {
            document.add(new StoredField(SUMMARY, source.summary()));
        }
        document.add(new StoredField(BODY, ContentValues.orEmpty(source.body())));
        for (String value : ContentValues.of(source)) {
            analysis.index(document, CONTENT, value, CONTENT_TYPE);
            document.add(new StoredField(CONTENT_LENGTH, value.length()));
        }
    }

    private static void addAttachments(SearchDocument source, Document document) {
        for (AttachmentText attachment : source.attachments()) {
            document.add(new StoredField(ATTACHMENT, ContentValues.orEmpty(attachment.text())));
            document.add(new StoredField(ATTACHMENT_NAME, ContentValues.orEmpty(attachment.name())));
        }
    }

    private static void addDate(Instant date, Document document, ZoneId yearsIn) {
        long millis = date.toEpochMilli();
        document.add(new LongPoint(DATE, millis));
        document.add(new NumericDocValuesField(DATE, millis));
        document.add(new StoredField(DATE, millis));
        String year = Integer.toString(date.atZone(yearsIn).getYear());
        document.add(new SortedDocValuesField(YEAR, new BytesRef(year)));
    }
}
