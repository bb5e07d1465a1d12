package io.lanmu.search.lucene;

import static io.lanmu.search.lucene.IndexedFields.CONTENT;
import static io.lanmu.search.lucene.IndexedFields.TITLE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.lanmu.search.query.Understood;
import io.lanmu.search.query.Words;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene queries made from a user's words: which documents match, how they rank, and what to highlight.
 *
 * <p>A document matches when its content holds every word group of the {@link Understood} query (a group: any of its
 * alternatives), or, when few do, enough of them, or at last any. A short Chinese word also
 * matches the longer words of the index that start with it ({@link LongerWords}), for less. Words in the title add to
 * the score, and so do the words standing together as typed ({@link #phrases}).
 */
final class TextQueries {

    /** A word in the title says more about the document than the same word in its body. */
    private static final float TITLE_BOOST = 2f;
    /** What a longer word starting with the typed one (中秋节 for 中秋) is worth compared with the word itself. */
    private static final float LONGER_WORD_SHARE = 0.3f;

    private final LongerWords longerWords;
    private final QueryBuilder phrases;

    TextQueries(LongerWords longerWords, Analyzer analyzer) {
        this.longerWords = longerWords;
        this.phrases = new QueryBuilder(analyzer);
    }

    /** Documents holding every required word group, best first. */
    Query allWords(Understood understood) throws IOException {
        return relevance(understood, understood.required().size()).build();
    }

    /**
     * Documents holding enough of the word groups ({@link Words#mostOf}), those holding all of them first. For when
     * few documents hold them all: smartcn splits unknown words into single characters, and one of those may be missing.
     */
    Query mostWords(Understood understood) throws IOException {
        return relevance(understood, Words.mostOf(understood.required().size()))
                .add(allWords(understood), Occur.SHOULD).build();
    }

    /**
     * Documents holding a few of the main word groups ({@link Understood#main}, {@link Words#fewOf}), those holding
     * more groups first: the last resort before an empty page, when a visitor typed more than any document holds.
     */
    Query anyWords(Understood understood) throws IOException {
        BooleanQuery.Builder anyMain = new BooleanQuery.Builder();
        for (Understood.Group group : understood.main()) {
            anyMain.add(anyAlternative(group, CONTENT), Occur.SHOULD);
        }
        anyMain.setMinimumNumberShouldMatch(Words.fewOf(understood.main().size()));
        return relevance(understood, 1).add(anyMain.build(), Occur.FILTER).build();
    }

    /**
     * The words as typed, together, in the title or the content: a bonus for the best hits only, since checking
     * positions in every match would cost more than the rest of the search.
     */
    static Query phrases(Words words) {
        String[] typed = words.inOrder().toArray(String[]::new);
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new PhraseQuery(TITLE, typed), TITLE_BOOST), Occur.SHOULD)
                .add(new PhraseQuery(CONTENT, typed), Occur.SHOULD)
                .build();
    }

    /**
     * Every word (and its longer forms) in the title and the content, without phrases: the highlighter then marks each
     * word on its own, as {@code <em>主管</em><em>审批</em>}, the way Elasticsearch does. Terms only, which the
     * highlighter finds in the postings; anything else would make it analyse every hit's text again.
     */
    Query highlighting(Understood understood) throws IOException {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        for (String word : understood.highlighted()) {
            for (String field : List.of(TITLE, CONTENT)) {
                terms.add(new TermQuery(new Term(field, word)), Occur.SHOULD);
                for (String longer : longerWords.of(word, field)) {
                    terms.add(new TermQuery(new Term(field, longer)), Occur.SHOULD);
                }
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

    private BooleanQuery.Builder relevance(Understood understood, int groupsRequired) throws IOException {
        BooleanQuery.Builder inContent = new BooleanQuery.Builder();
        BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
        for (Understood.Group group : understood.required()) {
            inContent.add(anyAlternative(group, CONTENT), Occur.SHOULD);
            inTitle.add(anyAlternative(group, TITLE), Occur.SHOULD);
        }
        inContent.setMinimumNumberShouldMatch(groupsRequired);
        return new BooleanQuery.Builder()
                .add(inContent.build(), Occur.MUST)
                .add(new BoostQuery(inTitle.build(), TITLE_BOOST), Occur.SHOULD);
    }

    /**
     * A group in {@code field}: the best of its alternatives (the longest would otherwise outscore the rest). The form
     * typed, when of several words, is a phrase (开发票 must not match 开发 and 票 apart); the others, written by
     * documents in more than one way (发票开具 for 开具发票), need all their words.
     */
    private Query anyAlternative(Understood.Group group, String field) throws IOException {
        if (group.alternatives().size() == 1) {
            return alternative(group.alternatives().getFirst(), field, true);
        }
        List<Query> alternatives = new ArrayList<>();
        for (int i = 0; i < group.alternatives().size(); i++) {
            alternatives.add(alternative(group.alternatives().get(i), field, i == 0));
        }
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private Query alternative(Words words, String field, boolean typed) throws IOException {
        if (words.all().size() == 1) {
            return anyForm(words.all().getFirst().text(), field);
        }
        Query loose = words.mayBeCutOtherwise() ? longWords(words, field) : null;
        if (!typed) {
            return loose != null ? loose : everyWord(words, field);
        }
        // The analyzer places the words as it does in documents, gaps for dropped punctuation included.
        Query phrase = phrases.createPhraseQuery(field, words.typed());
        Query strict = phrase == null ? new MatchNoDocsQuery() : phrase;
        return loose == null ? strict : new DisjunctionMaxQuery(List.of(strict, loose), 0f);
    }

    private static Query everyWord(Words words, String field) {
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        for (String word : words.distinct()) {
            every.add(new TermQuery(new Term(field, word)), Occur.MUST);
        }
        return every.build();
    }

    /** The words of two characters or more in any form, single characters adding to the score only. */
    private Query longWords(Words words, String field) throws IOException {
        BooleanQuery.Builder held = new BooleanQuery.Builder();
        for (String word : words.distinct()) {
            held.add(Words.isLong(word) ? anyForm(word, field) : new TermQuery(new Term(field, word)),
                    Words.isLong(word) ? Occur.MUST : Occur.SHOULD);
        }
        return held.build();
    }

    private Query anyForm(String word, String field) throws IOException {
        List<String> longer = longerWords.of(word, field);
        Query exact = new TermQuery(new Term(field, word));
        if (longer.isEmpty()) {
            return exact;
        }
        BooleanQuery.Builder forms = new BooleanQuery.Builder().add(exact, Occur.SHOULD);
        for (String form : longer) {
            forms.add(new BoostQuery(new TermQuery(new Term(field, form)), LONGER_WORD_SHARE), Occur.SHOULD);
        }
        return forms.build();
    }
}
