package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENT_TEXT;
import static io.lanmu.search.elasticsearch.IndexedFields.BODY;
import static io.lanmu.search.elasticsearch.IndexedFields.TITLE;

import java.util.List;

import co.elastic.clients.elasticsearch.core.search.BoundaryScanner;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;
import io.lanmu.search.query.Understood;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.query.HighlightQuery;
import org.springframework.data.elasticsearch.core.query.highlight.Highlight;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightField;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightFieldParameters;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightParameters;

/**
 * What the highlighter returns: the whole title, up to two body snippets and one attachment snippet, each only when
 * the field holds a searched word. The unified highlighter reads the offsets in the postings
 * ({@code index_options: offsets}) rather than re-analysing the text, which smartcn makes slow. A short form (中秋)
 * marks the longer words it found (中秋节) in titles only: see {@link TextQueries#highlighting}.
 *
 * <p>Elasticsearch marks the matches with private-use characters rather than {@code <em>}, so that the snippet can
 * be HTML-escaped afterwards without confusing an {@code <em>} in the text with a mark; see {@link #toHtml}.
 */
final class Highlights {

    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    /** Characters per snippet, Elasticsearch's default fragment size. */
    private static final int SNIPPET_LENGTH = 100;
    private static final int BODY_SNIPPETS = 2;

    private Highlights() {
    }

    /** The title and body highlights of a search for {@code words}. */
    static HighlightQuery of(Understood words) {
        HighlightParameters parameters = HighlightParameters.builder()
                .withType("unified")
                .withPreTags(MARK_START)
                .withPostTags(MARK_END)
                .withBoundaryScanner("sentence")
                .withBoundaryScannerLocale("zh-CN")
                .withFragmentSize(SNIPPET_LENGTH)
                .build();
        List<HighlightField> fields = List.of(
                // No fragments: the whole title, marked.
                new HighlightField(TITLE, HighlightFieldParameters.builder().withNumberOfFragments(0)
                        .withHighlightQuery(query(TextQueries.highlighting(words, TITLE, true))).build()),
                new HighlightField(BODY, HighlightFieldParameters.builder().withNumberOfFragments(BODY_SNIPPETS)
                        .withHighlightQuery(query(TextQueries.highlighting(words, BODY, false))).build()));
        return new HighlightQuery(new Highlight(parameters, fields), null);
    }

    private static NativeQuery query(co.elastic.clients.elasticsearch._types.query_dsl.Query query) {
        return NativeQuery.builder().withQuery(query).build();
    }

    /** The highlight of the attachments that matched, as inner hits of the nested attachments. */
    static co.elastic.clients.elasticsearch.core.search.Highlight ofAttachments() {
        // Inner hits take the client's highlight type; Spring Data's exists only for the top-level hits.
        return co.elastic.clients.elasticsearch.core.search.Highlight.of(h -> h.type(HighlighterType.Unified)
                .preTags(MARK_START).postTags(MARK_END)
                .boundaryScanner(BoundaryScanner.Sentence).boundaryScannerLocale("zh-CN")
                .fields(NamedValue.of(IndexedFields.attachment(ATTACHMENT_TEXT),
                        co.elastic.clients.elasticsearch.core.search.HighlightField.of(f -> f
                                .fragmentSize(SNIPPET_LENGTH).numberOfFragments(1)))));
    }

    /** A snippet as HTML: the text escaped, since attachment text comes from uploaded files, the marks as em. */
    static String toHtml(String snippet) {
        StringBuilder html = new StringBuilder(snippet.length() + 32);
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#x27;");
                case '\uE000' -> html.append("<em>");
                case '\uE001' -> html.append("</em>");
                default -> html.append(c);
            }
        }
        return html.toString().strip();
    }
}
