package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.ATTACHMENT;
import static io.lanmu.search.lucene.IndexedFields.BODY;
import static io.lanmu.search.lucene.IndexedFields.SUMMARY;
import static io.lanmu.search.lucene.IndexedFields.TITLE;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene queries made from a user's words: which documents match, how they rank, and what to highlight.
 *
 * <p>A document matches when it holds all the words, or all but one when there are more than two (smartcn splits
 * unknown words into single characters, and one of those may be missing); beyond six words a quarter may be missing.
 * In Elasticsearch terms: {@code minimum_should_match: "2<-1 6<75%"}. Each word scores by the best field it is in,
 * title first (a short Chinese word also matching longer words that start with it, for less), and the words standing
 * together as typed add a phrase bonus.
 */
final class TextQueries {

    // A word in the title says more about the document than the same word in its body.
    private static final float TITLE_BOOST = 3f;
    private static final float SUMMARY_BOOST = 1.5f;
    private static final float BODY_BOOST = 1f;
    // Attachments are long and often boilerplate (forms, tables): found, but after documents about the words.
    private static final float ATTACHMENT_BOOST = 0.5f;
    /** What a longer word starting with the typed one (中秋节 for 中秋) is worth compared with the word itself. */
    private static final float LONGER_WORD_SHARE = 0.3f;
    /** How much a word's matches in its other fields add to its best field. */
    private static final float OTHER_FIELDS_SHARE = 0.3f;
    private static final float PHRASE_BOOST = 2f;
    /** Rewrites a prefix into at most this many of the words it matches, for highlighting. */
    private static final MultiTermQuery.RewriteMethod LONGER_WORDS_TO_HIGHLIGHT =
            new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(16);
    /** Lets a phrase match although smartcn cut the words in the document a little differently from the query. */
    private static final int PHRASE_SLOP = 2;

    private TextQueries() {
    }

    static Query relevance(Words words) {
        List<String> distinct = words.distinct();
        BooleanQuery.Builder enoughWords = new BooleanQuery.Builder();
        for (String word : distinct) {
            enoughWords.add(inAnyField(word), Occur.SHOULD);
        }
        enoughWords.setMinimumNumberShouldMatch(wordsRequired(distinct.size()));
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(enoughWords.build(), Occur.MUST);
        if (words.inOrder().size() > 1) {
            ranked.add(asPhrase(words.inOrder()), Occur.SHOULD);
        }
        return ranked.build();
    }

    static int wordsRequired(int words) {
        if (words <= 2) {
            return words;
        }
        return words <= 6 ? words - 1 : (int) Math.floor(words * 0.75);
    }

    /**
     * Every word in each highlighted field, without phrases: the highlighter then marks each word on its own, as
     * {@code <em>主管</em><em>审批</em>}, the way Elasticsearch does. Rewrite it before highlighting, so that it holds
     * terms only: given a prefix query the highlighter would re-analyse every hit's text, and smartcn is slow.
     */
    static Query highlighting(Words words) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (String word : words.distinct()) {
            for (String field : List.of(TITLE, BODY, ATTACHMENT)) {
                terms.add(new TermQuery(new Term(field, word)), Occur.SHOULD);
            }
            if (mayBeShortForm(word)) {
                terms.add(new PrefixQuery(new Term(TITLE, word), LONGER_WORDS_TO_HIGHLIGHT), Occur.SHOULD);
                terms.add(new PrefixQuery(new Term(BODY, word), LONGER_WORDS_TO_HIGHLIGHT), Occur.SHOULD);
            }
        }
        return terms.build();
    }

    /**
     * Titles with every word, the last one possibly unfinished (Elasticsearch's {@code match_bool_prefix}). smartcn may
     * cut an unfinished word apart where it keeps the finished one whole ("个人所" is 个人 + 所, "个人所得税" one word), so
     * the unfinished word may also be the last few words typed together, read as one prefix.
     */
    static Query suggestion(Words words) {
        int typed = words.all().size();
        BooleanQuery.Builder anyReading = new BooleanQuery.Builder();
        for (int joined = 1; joined <= words.touchingAtEnd(); joined++) {
            BooleanQuery.Builder reading = new BooleanQuery.Builder();
            for (String word : words.first(typed - joined)) {
                reading.add(new TermQuery(new Term(TITLE, word)), Occur.MUST);
            }
            String unfinished = words.lastJoined(joined);
            reading.add(new PrefixQuery(new Term(TITLE, unfinished)), Occur.MUST);
            // The prefix alone scores every completion alike; a finished word ranks its shortest titles first.
            reading.add(new TermQuery(new Term(TITLE, unfinished)), Occur.SHOULD);
            anyReading.add(reading.build(), Occur.SHOULD);
        }
        return anyReading.build();
    }

    private static Query inAnyField(String word) {
        List<Query> fields = new ArrayList<>(List.of(
                boosted(new TermQuery(new Term(TITLE, word)), TITLE_BOOST),
                boosted(new TermQuery(new Term(SUMMARY, word)), SUMMARY_BOOST),
                boosted(new TermQuery(new Term(BODY, word)), BODY_BOOST),
                boosted(new TermQuery(new Term(ATTACHMENT, word)), ATTACHMENT_BOOST)));
        if (mayBeShortForm(word)) {
            fields.add(boosted(new PrefixQuery(new Term(TITLE, word)), TITLE_BOOST * LONGER_WORD_SHARE));
            fields.add(boosted(new PrefixQuery(new Term(BODY, word)), BODY_BOOST * LONGER_WORD_SHARE));
        }
        return new DisjunctionMaxQuery(fields, OTHER_FIELDS_SHARE);
    }

    /**
     * People type 中秋 and 国庆 where the text says 中秋节 and 国庆节, which smartcn keeps as words of their own; so a
     * short Chinese word also finds longer words starting with it, for less. Numbers and Latin words stay exact
     * (1236 must not find 12366), and single characters would match far too much.
     */
    static boolean mayBeShortForm(String word) {
        return word.length() >= 2 && word.length() <= 3
                && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static Query asPhrase(List<String> words) {
        return boosted(new DisjunctionMaxQuery(List.of(
                boosted(phrase(TITLE, words), TITLE_BOOST),
                boosted(phrase(SUMMARY, words), SUMMARY_BOOST),
                phrase(BODY, words)), OTHER_FIELDS_SHARE), PHRASE_BOOST);
    }

    private static Query phrase(String field, List<String> words) {
        return new PhraseQuery(PHRASE_SLOP, field, words.toArray(String[]::new));
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
