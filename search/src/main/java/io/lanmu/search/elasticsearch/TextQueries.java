package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENTS;
import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENT_TEXT;
import static io.lanmu.search.elasticsearch.IndexedFields.BODY;
import static io.lanmu.search.elasticsearch.IndexedFields.SUMMARY;
import static io.lanmu.search.elasticsearch.IndexedFields.TITLE;
import static io.lanmu.search.elasticsearch.IndexedFields.attachment;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.InnerHits;

/**
 * The queries made from a user's words: which documents match, how they rank, and what to highlight. Only
 * {@code match}-style queries: what users type is words, never query syntax, so {@code C++ (2026)} or a lone quote
 * cannot fail a search.
 *
 * <p>A document matches when it holds all the words, or all but one when there are more than two (smartcn splits
 * unknown words into single characters, and one of those may be missing); beyond six words a quarter may be missing.
 * Each word scores by the best field it is in, title first, and the words standing together as typed add a phrase
 * bonus. The embedded Lucene engine ranks the same way.
 */
final class TextQueries {

    static final String MINIMUM_WORDS = "2<-1 6<75%";
    // A word in the title says more about the document than the same word in its body; attachments are long and
    // often boilerplate (forms, tables): found, but after documents about the words.
    private static final List<String> FIELDS =
            List.of(TITLE + "^3", SUMMARY + "^1.5", BODY, attachment(ATTACHMENT_TEXT) + "^0.5");
    private static final List<String> PHRASE_FIELDS = List.of(TITLE + "^3", SUMMARY + "^1.5", BODY);
    /** How much a word's matches in its other fields add to its best field. */
    private static final double OTHER_FIELDS_SHARE = 0.3;
    private static final float PHRASE_BOOST = 2f;
    /** Lets a phrase match although smartcn cut the words in the document a little differently from the query. */
    private static final int PHRASE_SLOP = 2;
    /** At most this many matched attachments are named per hit; Elasticsearch's default limit on inner hits. */
    static final int MAX_MATCHED_ATTACHMENTS = 100;
    static final String MATCHED_ATTACHMENTS = "matchedAttachments";

    private TextQueries() {
    }

    /**
     * The matching and ranking query. Attachments are matched through their copy in the document itself
     * ({@code include_in_root}), so one word in the body and another in an attachment count together; a nested clause
     * that adds nothing to the score finds which attachments matched.
     */
    static Query relevance(String text) {
        Query enoughWords = Query.of(q -> q.multiMatch(m -> m.query(text).fields(FIELDS)
                // Term-centric: the minimum counts words, whichever fields they are in.
                .type(TextQueryType.CrossFields).tieBreaker(OTHER_FIELDS_SHARE).minimumShouldMatch(MINIMUM_WORDS)));
        Query asPhrase = Query.of(q -> q.multiMatch(m -> m.query(text).fields(PHRASE_FIELDS)
                .type(TextQueryType.Phrase).slop(PHRASE_SLOP).tieBreaker(OTHER_FIELDS_SHARE).boost(PHRASE_BOOST)));
        return Query.of(q -> q.bool(b -> b.must(enoughWords).should(asPhrase).should(matchedAttachments(text))));
    }

    /**
     * Every word in each highlighted field, without phrases, so that the highlighter marks each word on its own, as
     * {@code <em>主管</em><em>审批</em>}.
     */
    static Query highlighting(String text) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.match(m -> m.field(TITLE).query(text).operator(Operator.Or)))
                .should(s -> s.match(m -> m.field(BODY).query(text).operator(Operator.Or)))));
    }

    /** Titles with every word, the last one possibly unfinished; a finished last word ranks short titles first. */
    static Query suggestion(String prefix) {
        return Query.of(q -> q.bool(b -> b
                .must(m -> m.matchBoolPrefix(p -> p.field(TITLE).query(prefix).operator(Operator.And)))
                .should(s -> s.match(m -> m.field(TITLE).query(prefix).operator(Operator.And)))));
    }

    private static Query matchedAttachments(String text) {
        Query anyWord = Query.of(q -> q.match(m -> m.field(attachment(ATTACHMENT_TEXT)).query(text)));
        return Query.of(q -> q.nested(n -> n.path(ATTACHMENTS).query(anyWord).scoreMode(ChildScoreMode.None)
                .innerHits(InnerHits.of(i -> i.name(MATCHED_ATTACHMENTS).size(MAX_MATCHED_ATTACHMENTS)
                        .source(s -> s.fetch(false))
                        .highlight(Highlights.attachment())))));
    }
}
