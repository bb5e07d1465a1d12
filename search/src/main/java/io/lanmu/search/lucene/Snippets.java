package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.ATTACHMENT;
import static io.lanmu.search.lucene.IndexedFields.BODY;
import static io.lanmu.search.lucene.IndexedFields.CONTENT;
import static io.lanmu.search.lucene.IndexedFields.SUMMARY;
import static io.lanmu.search.lucene.IndexedFields.TITLE;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.lanmu.search.lucene.SnippetFormatter.Snippet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights of the hits on a page: the whole title, up to two body snippets and one attachment snippet, each only
 * when the field holds a searched word. Body and attachment snippets come from the content field, whose values the
 * stored texts give back in {@link ContentValues} order; match offsets come from the postings, so nothing is analysed.
 */
final class Snippets extends UnifiedHighlighter {

    private static final String[] FIELDS = {TITLE, CONTENT};
    /**
     * The title is one passage. Of the content, every passage of a usual item: the best of the body and of the
     * attachments are picked from them apart, so that a body matching often cannot crowd the attachments out.
     */
    private static final int[] PASSAGES = {1, 64};
    private static final int BODY_SNIPPETS = 2;
    private static final int ATTACHMENT_SNIPPETS = 1;
    /** Characters per snippet the highlighter aims for, like Elasticsearch's default fragment size. */
    private static final int SNIPPET_LENGTH = 100;
    private static final int LONGEST_SNIPPET = 2 * SNIPPET_LENGTH;
    /** Centres the snippet on its matches. */
    private static final float MATCHES_IN_THE_MIDDLE = 0.5f;

    private final Map<Integer, Document> stored;

    /** @param stored the hits' stored texts, by document id */
    Snippets(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> stored) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter(MULTIVAL_SEP_CHAR, LONGEST_SNIPPET))
                // A field without a searched word gets no highlight rather than its opening lines.
                .withMaxNoHighlightPassages(0)
                // Attachments come after the body, and their words must be found however long the body is.
                .withMaxLength(Integer.MAX_VALUE - 1)
                // The query holds single terms only, which the postings place directly; weight matching would build
                // a query weight per hit and field instead, several times slower.
                .withWeightMatches(false));
        this.stored = stored;
    }

    /** The highlights of each document, in the order of {@code docIds}. */
    List<Map<String, List<String>>> of(Query highlighting, int[] docIds) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, highlighting, docIds, PASSAGES);
        List<Map<String, List<String>>> perDocument = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Map<String, List<String>> highlights = new HashMap<>();
            snippets(byField.get(TITLE)[i]).forEach(title -> highlights.put("title", List.of(title.text())));
            List<Snippet> content = snippets(byField.get(CONTENT)[i]);
            put(highlights, "body", content.stream().filter(s -> s.value() == ContentValues.BODY).toList(),
                    BODY_SNIPPETS);
            put(highlights, "attachment",
                    content.stream().filter(s -> s.value() >= ContentValues.FIRST_ATTACHMENT).toList(),
                    ATTACHMENT_SNIPPETS);
            perDocument.add(Map.copyOf(highlights));
        }
        return perDocument;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        if (TITLE.equals(field)) {
            return new WholeBreakIterator();
        }
        // Sentences recognise 。！？ as well as Latin stops; short ones are joined up to about the target length.
        return LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, MATCHES_IN_THE_MIDDLE);
    }

    /** The title, and the content rebuilt from the stored texts: nothing is stored twice. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document texts = stored.get(doc);
            CharSequence[] perField = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                perField[i] = CONTENT.equals(fields[i]) ? content(texts) : ContentValues.orEmpty(texts.get(fields[i]));
            }
            values.add(perField);
        }
        return values;
    }

    private static String content(Document texts) {
        List<String> values = new ArrayList<>(List.of(ContentValues.orEmpty(texts.get(TITLE)),
                ContentValues.orEmpty(texts.get(SUMMARY)), ContentValues.orEmpty(texts.get(BODY))));
        values.addAll(List.of(texts.getValues(ATTACHMENT)));
        return String.join(String.valueOf(MULTIVAL_SEP_CHAR), values);
    }

    /** The best {@code limit} snippets, in the order they stand in the text. */
    private static void put(Map<String, List<String>> highlights, String key, List<Snippet> found, int limit) {
        Set<Snippet> best = found.stream().sorted(Comparator.comparingDouble(Snippet::score).reversed()).limit(limit)
                .collect(Collectors.toSet());
        List<String> texts = found.stream().filter(best::contains).limit(limit).map(Snippet::text).toList();
        if (!texts.isEmpty()) {
            highlights.put(key, texts);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Snippet> snippets(Object formatted) {
        return formatted == null ? List.of() : (List<Snippet>) formatted;
    }
}
