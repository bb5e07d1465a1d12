package io.lanmu.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What a user typed, as the analysed words the index holds. The text is never parsed as query syntax, so
 * {@code C++ (2026)}, {@code AND} or a lone quote are just words and punctuation.
 */
record Words(List<Word> all) {

    /**
     * Enough for any real query; a pasted page of text is cut here rather than exceeding Lucene's limit of 1024
     * clauses: each word becomes up to twenty (title and content, a few longer words, twice when words may be let go).
     */
    static final int MAX_WORDS = 16;

    Words {
        all = List.copyOf(all);
    }

    static Words of(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            return new Words(List.of());
        }
        List<Word> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(IndexedFields.BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing a string in memory cannot fail", e);
        }
        return new Words(words);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    List<String> inOrder() {
        return all.stream().map(Word::text).toList();
    }

    /** Each word once, so that typing a word twice does not count it twice towards "all words matched". */
    List<String> distinct() {
        return inOrder().stream().distinct().toList();
    }

    /** How many words at the end were typed together, with no space or punctuation between them. */
    int touchingAtEnd() {
        int touching = 1;
        while (touching < all.size()
                && all.get(all.size() - touching - 1).end() == all.get(all.size() - touching).start()) {
            touching++;
        }
        return touching;
    }

    /** The first {@code count} words. */
    List<String> first(int count) {
        return inOrder().subList(0, count);
    }

    /** The last {@code count} words as one string, the way they were typed. */
    String lastJoined(int count) {
        return String.join("", inOrder().subList(all.size() - count, all.size()));
    }

    record Word(String text, int start, int end) {
    }
}
