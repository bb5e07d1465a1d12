package io.lanmu.search.lucene;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.lanmu.search.SearchDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * Analyses a text once however often a batch indexes it. The title is indexed twice (on its own and in the content),
 * and an item usually has a public and an editorial document with the same texts; smartcn is by far the most
 * expensive part of indexing, so analysing each text once nearly halves the cost of a rebuild.
 */
final class SharedAnalysis {

    private final Analyzer analyzer;
    /** Texts indexed more than once in the batch, mapped to their words once recorded (null until then). */
    private final Map<String, RecordedTokens> shared;

    private SharedAnalysis(Analyzer analyzer, Map<String, RecordedTokens> shared) {
        this.analyzer = analyzer;
        this.shared = shared;
    }

    /** Analyses the texts of the batch used more than once when they are first indexed. */
    static SharedAnalysis of(Collection<SearchDocument> batch, Analyzer analyzer) {
        Map<String, Integer> uses = new HashMap<>();
        batch.stream().flatMap(SharedAnalysis::indexedTexts).forEach(text -> uses.merge(text, 1, Integer::sum));
        Map<String, RecordedTokens> shared = new HashMap<>();
        uses.forEach((text, count) -> {
            if (count > 1) {
                shared.put(text, null);
            }
        });
        return new SharedAnalysis(analyzer, shared);
    }

    /**
     * Analyses every text of the batch now, so that indexing it afterwards only inverts words already found: the
     * writer then holds a batch alone for a short while, rather than for as long as smartcn takes.
     */
    static SharedAnalysis ahead(Collection<SearchDocument> batch, Analyzer analyzer) {
        Map<String, RecordedTokens> analysed = new HashMap<>();
        batch.stream().flatMap(SharedAnalysis::indexedTexts).forEach(text -> analysed.computeIfAbsent(text,
                unused -> RecordedTokens.record(analyzer, IndexedFields.CONTENT, text)));
        return new SharedAnalysis(analyzer, analysed);
    }

    /** Adds {@code text} to {@code field}, indexed (never stored) as {@code type} says. */
    void index(Document document, String field, String text, FieldType type) {
        if (!shared.containsKey(text)) {
            document.add(new Field(field, text, type));
            return;
        }
        // Every full-text field is analysed alike, so the words recorded for one field serve them all.
        RecordedTokens tokens = shared.computeIfAbsent(text, unused -> RecordedTokens.record(analyzer, field, text));
        document.add(new Field(field, tokens.replay(), type));
    }

    private static Stream<String> indexedTexts(SearchDocument document) {
        return Stream.concat(Stream.of(ContentValues.orEmpty(document.title())), ContentValues.of(document).stream())
                .filter(text -> !text.isEmpty());
    }
}
