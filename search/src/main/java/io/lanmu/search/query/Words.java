package io.lanmu.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Text as the words the index holds, cut by {@link ChineseAnalyzer}: the chain both engines index with (smartcn's
 * tokenizer, lower case, smartcn's stop set), so both sides agree on what a word is. Words are only ever used as terms,
 * never parsed, so {@code C++ (2026)}, a lone quote or {@code AND} are just words and punctuation. The rules about
 * query words live here once for both engines.
 *
 * @param typed the text the words came from, up to the end of the last one
 */
public record Words(List<Word> all, String typed) {

    /**
     * Enough for any real query; a pasted page of text is cut here rather than growing a query past the engines'
     * limits on clauses (Lucene's 1024, the cluster's).
     */
    public static final int MAX_WORDS = 16;
    /** Far more characters than {@link #MAX_WORDS} words take, and far fewer than a pasted page. */
    private static final int MAX_CHARS = 256;

    public static final Words NONE = new Words(List.of(), "");

    public Words {
        all = List.copyOf(all);
    }

    public static Words of(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String cut = text.length() <= MAX_CHARS ? text
                // Never between the two halves of a character outside the basic plane, such as an emoji.
                : text.substring(0, Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS);
        List<Word> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", cut)) {
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
        return new Words(words, words.isEmpty() ? "" : cut.substring(0, words.getLast().end()));
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public List<String> inOrder() {
        return all.stream().map(Word::text).toList();
    }

    /** Each word once, so that typing a word twice does not count it twice towards "all words matched". */
    public List<String> distinct() {
        return inOrder().stream().distinct().toList();
    }

    /** How many words at the end were typed together, with no space or punctuation between them. */
    public int touchingAtEnd() {
        int touching = 1;
        while (touching < all.size()
                && all.get(all.size() - touching - 1).end() == all.get(all.size() - touching).start()) {
            touching++;
        }
        return touching;
    }

    /** The first {@code count} words. */
    public List<String> first(int count) {
        return inOrder().subList(0, count);
    }

    /** The last {@code count} words as one string, the way they were typed. */
    public String lastJoined(int count) {
        return String.join("", inOrder().subList(all.size() - count, all.size()));
    }

    /**
     * Whether the words of a term read alone may be cut otherwise inside a document: smartcn cuts 残疾人就业保障金 alone
     * as 残疾人 + 就业 + 保障 + 金, and in a sentence as 残疾人 + 就业 + 保障金. With two words of two characters or more,
     * those (and their longer forms) are what a document must hold, single characters only adding to the score.
     */
    public boolean mayBeCutOtherwise() {
        return distinct().stream().filter(Words::isLong).count() >= 2;
    }

    /** Whether a document must hold {@code word} of these words when they may be cut otherwise. */
    public static boolean isLong(String word) {
        return word.codePointCount(0, word.length()) > 1;
    }

    /**
     * People type 中秋 and 国庆 where the text says 中秋节 and 国庆节, which smartcn keeps as words of their own; so a
     * short Chinese word also finds longer words starting with it, for less. Numbers and Latin words stay exact
     * (1236 must not find 12366), and single characters would match far too much.
     */
    public static boolean mayBeShortForm(String word) {
        return word.length() >= 2 && word.length() <= 3
                && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * How many of {@code groups} word groups a document must hold when few hold them all: all of one or two, all but
     * one of up to six, three quarters of more (in Elasticsearch terms {@code minimum_should_match: "2<-1 6<75%"}).
     * smartcn splits unknown words into single characters, and one of those may be missing.
     */
    public static int mostOf(int groups) {
        if (groups <= 2) {
            return groups;
        }
        return groups <= 6 ? groups - 1 : (int) Math.floor(groups * 0.75);
    }

    /**
     * How many of {@code mainGroups} main word groups a document must hold when it holds too few of all of them: a
     * third, at least one. One of five words typed is too little to show a page for; two are something shared.
     */
    public static int fewOf(int mainGroups) {
        return Math.max(1, (mainGroups + 2) / 3);
    }

    /** A word and where it stands in the typed text. */
    public record Word(String text, int start, int end) {
    }
}
