package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.ATTACHMENT;
import static io.lanmu.search.lucene.IndexedFields.BODY;
import static io.lanmu.search.lucene.IndexedFields.TITLE;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights of the hits on a page: the whole title, up to two body snippets and one attachment snippet, each only
 * when the field holds a searched word. Reads match offsets from the postings, so nothing is re-analysed.
 */
final class Snippets extends UnifiedHighlighter {

    private static final String[] FIELDS = {TITLE, BODY, ATTACHMENT};
    private static final int[] SNIPPETS_PER_FIELD = {1, 2, 1};
    /** Characters per snippet the highlighter aims for, like Elasticsearch's default fragment size. */
    private static final int SNIPPET_LENGTH = 100;
    private static final int LONGEST_SNIPPET = 2 * SNIPPET_LENGTH;
    /** Centres the snippet on its matches. */
    private static final float MATCHES_IN_THE_MIDDLE = 0.5f;

    Snippets(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter(MULTIVAL_SEP_CHAR, LONGEST_SNIPPET))
                // A field without a searched word gets no highlight rather than its opening lines.
                .withMaxNoHighlightPassages(0)
                // The query holds single terms only, which the postings place directly; weight matching would build
                // a query weight per hit and field instead, several times slower.
                .withWeightMatches(false));
    }

    /** The highlights of each document, in the order of {@code docIds}. */
    List<Map<String, List<String>>> of(Query highlighting, int[] docIds) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, highlighting, docIds, SNIPPETS_PER_FIELD);
        List<Map<String, List<String>>> perDocument = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Map<String, List<String>> highlights = new HashMap<>();
            for (String field : FIELDS) {
                if (byField.get(field)[i] instanceof List<?> snippets && !snippets.isEmpty()) {
                    highlights.put(field, snippets.stream().map(String.class::cast).toList());
                }
            }
            perDocument.add(Map.copyOf(highlights));
        }
        return perDocument;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        if (TITLE.equals(field)) {
            return new WholeBreakIterator();
        }
        // Sentences recognise 。！？ as well as Latin stops; long ones are cut near the target length.
        return LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, MATCHES_IN_THE_MIDDLE);
    }
}
