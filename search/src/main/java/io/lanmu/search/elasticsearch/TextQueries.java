package io.lanmu.search.elasticsearch;

import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENTS;
import static io.lanmu.search.elasticsearch.IndexedFields.ATTACHMENT_TEXT;
import static io.lanmu.search.elasticsearch.IndexedFields.BODY;
import static io.lanmu.search.elasticsearch.IndexedFields.SUMMARY;
import static io.lanmu.search.elasticsearch.IndexedFields.TITLE;
import static io.lanmu.search.elasticsearch.IndexedFields.attachment;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.InnerHits;
import io.lanmu.search.query.Understood;
import io.lanmu.search.query.Words;

/**
 * The queries made from a user's words: which documents match, how they rank, and what to highlight. The words come
 * from the index's analyzer and are used as terms, so nothing a user types is ever parsed as query syntax.
 *
 * <p>A document matches when it holds all the word groups, or all but one when there are more than two (smartcn splits
 * unknown words into single characters, and one of those may be missing); beyond six a quarter may be missing
 * ({@link Words#mostOf}); when none does, any of them.
 * Each word scores by the best field it is in, title first (a short Chinese word also matching longer words that start
 * with it, for less), and the words standing together as typed add a phrase bonus. The embedded Lucene engine ranks
 * the same way.
 */
final class TextQueries {

    // A word in the title says more about the document than the same word in its body.
    private static final float TITLE_BOOST = 3f;
    private static final float SUMMARY_BOOST = 1.5f;
    // Attachments are long and often boilerplate (forms, tables): found, but after documents about the words.
    private static final float ATTACHMENT_BOOST = 0.5f;
    /** What a longer word starting with the typed one (中秋节 for 中秋) is worth compared with the word itself. */
    private static final float LONGER_WORD_SHARE = 0.3f;
    /** How much a word's matches in its other fields add to its best field. */
    private static final double OTHER_FIELDS_SHARE = 0.3;
    private static final float PHRASE_BOOST = 2f;
    /**
     * Lets a phrase in a title or summary match although smartcn cut the words there a little differently from the
     * query. Bodies take the phrase exactly: a sloppy phrase reads the positions of every matching body, which at a
     * hundred thousand documents costs a fifth of the search.
     */
    private static final int PHRASE_SLOP = 2;
    /** Highlights at most this many of the longer words a short form matches. */
    private static final String LONGER_WORDS_TO_HIGHLIGHT = "top_terms_16";
    /** At most this many matched attachments are named per hit: Elasticsearch's limit on inner hits. */
    private static final int MAX_MATCHED_ATTACHMENTS = 100;
    static final String MATCHED_ATTACHMENTS = "matchedAttachments";

    private TextQueries() {
    }

    /**
     * The matching and ranking query: documents holding {@code groupsRequired} of the required word groups of
     * {@code understood} (a group: any of its alternatives, a word or words standing together). Each word may be in
     * any field, attachments included, so one word in the body and another in an attachment count together; a nested
     * clause that adds nothing to the score finds which attachments matched, and highlights them (it costs little: it
     * only runs on documents that match already). Question words are left out.
     */
    static Query relevance(Understood understood, int groupsRequired) {
        List<Query> perGroup = understood.required().stream().map(TextQueries::anyAlternative).toList();
        Query enoughWords = Query.of(q -> q.bool(b -> b.should(perGroup)
                .minimumShouldMatch(Integer.toString(groupsRequired))));
        return Query.of(q -> q.bool(b -> {
            b.must(enoughWords).should(matchedAttachments(understood.highlighted()));
            if (groupsRequired == 1 && perGroup.size() > 1) {
                // Letting words go, a few main words at least ({@link Words#fewOf}): a lone character says too little.
                List<Query> anyMain = understood.main().stream().map(TextQueries::anyAlternative).toList();
                String few = Integer.toString(Words.fewOf(anyMain.size()));
                b.filter(f -> f.bool(main -> main.should(anyMain).minimumShouldMatch(few)));
            }
            if (understood.typed().all().size() > 1) {
                b.should(asPhrase(understood.typed().typed()));
            }
            return b;
        }));
    }

    /**
     * The best of a group's alternatives (the longest would otherwise outscore the rest). The form typed, when of
     * several words, is a phrase (开发票 must not match 开发 and 票 apart); the others, written by documents in more
     * than one way (发票开具 for 开具发票), need all their words, each in any field.
     */
    private static Query anyAlternative(Understood.Group group) {
        List<Query> alternatives = new ArrayList<>();
        for (int i = 0; i < group.alternatives().size(); i++) {
            alternatives.add(alternative(group.alternatives().get(i), i == 0));
        }
        return alternatives.size() == 1 ? alternatives.getFirst()
                : Query.of(q -> q.disMax(d -> d.queries(alternatives).tieBreaker(0.0)));
    }

    private static Query alternative(Words words, boolean typed) {
        if (words.all().size() == 1) {
            return inAnyField(words.all().getFirst().text());
        }
        Query loose = words.mayBeCutOtherwise() ? longWords(words) : null;
        if (!typed) {
            return loose != null ? loose
                    : Query.of(q -> q.bool(b -> b.must(words.distinct().stream().map(TextQueries::inAnyField).toList())));
        }
        // The cluster places the words as it does in documents, gaps for dropped punctuation included.
        String together = words.typed();
        List<Query> fields = List.of(
                phrase(TITLE, together, 0, TITLE_BOOST),
                phrase(SUMMARY, together, 0, SUMMARY_BOOST),
                phrase(BODY, together, 0, 1f),
                Query.of(q -> q.nested(n -> n.path(ATTACHMENTS)
                        .query(phrase(attachment(ATTACHMENT_TEXT), together, 0, 1f))
                        .scoreMode(ChildScoreMode.Max)
                        .boost(ATTACHMENT_BOOST))));
        Query strict = Query.of(q -> q.disMax(d -> d.queries(fields).tieBreaker(OTHER_FIELDS_SHARE)));
        return loose == null ? strict : Query.of(q -> q.disMax(d -> d.queries(strict, loose).tieBreaker(0.0)));
    }

    /** The words of two characters or more in any form, single characters adding to the score only. */
    private static Query longWords(Words words) {
        List<Query> held = words.distinct().stream().filter(Words::isLong).map(TextQueries::inAnyField).toList();
        List<Query> scored = words.distinct().stream().filter(word -> !Words.isLong(word))
                .map(TextQueries::inAnyField).toList();
        return Query.of(q -> q.bool(b -> b.must(held).should(scored)));
    }

    /**
     * Every word in {@code field}, without phrases, so that the highlighter marks each word on its own, as
     * {@code <em>主管</em><em>审批</em>}.
     *
     * @param withLongerWords whether short forms also mark the longer words they matched (中秋节 for 中秋). Only for
     *     short fields: to highlight a prefix the highlighter walks every word of the field in the index, per hit,
     *     which on bodies costs more than the rest of the search.
     */
    static Query highlighting(Understood understood, String field, boolean withLongerWords) {
        List<Query> terms = new ArrayList<>();
        for (String word : understood.highlighted()) {
            terms.add(term(field, word, 1f));
            if (withLongerWords && Words.mayBeShortForm(word)) {
                terms.add(Query.of(q -> q.prefix(p -> p.field(field).value(word).rewrite(LONGER_WORDS_TO_HIGHLIGHT))));
            }
        }
        return Query.of(q -> q.bool(b -> b.should(terms)));
    }

    /**
     * Titles with every word, the last one possibly unfinished (like {@code match_bool_prefix}). smartcn may cut an
     * unfinished word apart where it keeps the finished one whole ("个人所" is 个人 + 所, "个人所得税" one word), so the
     * unfinished word may also be the last few words typed together, read as one prefix.
     */
    static Query suggestion(Words words) {
        int typed = words.all().size();
        List<Query> readings = new ArrayList<>();
        for (int joined = 1; joined <= words.touchingAtEnd(); joined++) {
            List<Query> finished = words.first(typed - joined).stream().map(word -> term(TITLE, word, 1f)).toList();
            String unfinished = words.lastJoined(joined);
            readings.add(Query.of(q -> q.bool(b -> b.must(finished)
                    .must(m -> m.prefix(p -> p.field(TITLE).value(unfinished)))
                    // The prefix alone scores every completion alike; a finished word ranks its shortest titles first.
                    .should(term(TITLE, unfinished, 1f)))));
        }
        return Query.of(q -> q.bool(b -> b.should(readings).minimumShouldMatch("1")));
    }

    private static Query inAnyField(String word) {
        List<Query> fields = new ArrayList<>(List.of(
                term(TITLE, word, TITLE_BOOST),
                term(SUMMARY, word, SUMMARY_BOOST),
                term(BODY, word, 1f),
                inAttachments(word)));
        if (Words.mayBeShortForm(word)) {
            fields.add(longerWords(TITLE, word, TITLE_BOOST * LONGER_WORD_SHARE));
            fields.add(longerWords(BODY, word, LONGER_WORD_SHARE));
        }
        return Query.of(q -> q.disMax(d -> d.queries(fields).tieBreaker(OTHER_FIELDS_SHARE)));
    }

    /**
     * The word in the best of the attachments. Each attachment is its own nested document, the only place its text is
     * analysed, so a rebuild reads every attachment once; a word found there counts with the item's other words.
     */
    private static Query inAttachments(String word) {
        return Query.of(q -> q.nested(n -> n.path(ATTACHMENTS)
                .query(term(attachment(ATTACHMENT_TEXT), word, 1f))
                .scoreMode(ChildScoreMode.Max)
                .boost(ATTACHMENT_BOOST)));
    }

    private static Query asPhrase(String typed) {
        List<Query> fields = List.of(
                phrase(TITLE, typed, PHRASE_SLOP, TITLE_BOOST),
                phrase(SUMMARY, typed, PHRASE_SLOP, SUMMARY_BOOST),
                phrase(BODY, typed, 0, 1f));
        return Query.of(q -> q.disMax(d -> d.queries(fields).tieBreaker(OTHER_FIELDS_SHARE).boost(PHRASE_BOOST)));
    }

    private static Query phrase(String field, String typed, int slop, float boost) {
        return Query.of(q -> q.matchPhrase(p -> p.field(field).query(typed).slop(slop).boost(boost)));
    }

    /** The attachments holding a searched word, as inner hits with their highlight. */
    private static Query matchedAttachments(List<String> words) {
        List<Query> anyWord = words.stream().map(word -> term(attachment(ATTACHMENT_TEXT), word, 1f)).toList();
        return Query.of(q -> q.nested(n -> n.path(ATTACHMENTS)
                .query(inner -> inner.bool(b -> b.should(anyWord)))
                .scoreMode(ChildScoreMode.None)
                .innerHits(InnerHits.of(i -> i.name(MATCHED_ATTACHMENTS).size(MAX_MATCHED_ATTACHMENTS)
                        .source(s -> s.fetch(false))
                        .highlight(Highlights.ofAttachments())))));
    }

    private static Query term(String field, String word, float boost) {
        return Query.of(q -> q.term(t -> t.field(field).value(word).boost(boost)));
    }

    /**
     * The words that start with {@code word} and go on (中秋节 for 中秋), not {@code word} itself: its own term query
     * finds that already, and a prefix would read its postings, the longest by far, a second time. {@code word} is
     * Chinese characters only (see {@link Words#mayBeShortForm}), so the expression holds no operator but the last.
     */
    private static Query longerWords(String field, String word, float boost) {
        return Query.of(q -> q.regexp(r -> r.field(field).value(word + ".+").flags("NONE").boost(boost)));
    }
}
