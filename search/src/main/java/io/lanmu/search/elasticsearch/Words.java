package io.lanmu.search.elasticsearch;

import java.util.List;

/**
 * What a user typed, as the words the index holds: the analyzer of the index cut it (see {@link QueryAnalysis}), so
 * both sides agree on what a word is. Words are only ever used as terms, never parsed, so {@code C++ (2026)}, a lone
 * quote or {@code AND} are just words and punctuation.
 *
 * @param typed the text the words came from, up to the end of the last one
 */
record Words(List<Word> all, String typed) {

    /**
     * Enough for any real query; a pasted page of text is cut here rather than growing the query past the cluster's
     * limit on clauses: each word becomes a clause per full-text field, a short Chinese word two prefix queries more.
     */
    static final int MAX_WORDS = 16;

    Words {
        all = List.copyOf(all);
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

    /**
     * People type 中秋 and 国庆 where the text says 中秋节 and 国庆节, which smartcn keeps as words of their own; so a
     * short Chinese word also finds longer words starting with it, for less. Numbers and Latin words stay exact
     * (1236 must not find 12366), and single characters would match far too much.
     */
    static boolean mayBeShortForm(String word) {
        return word.length() >= 2 && word.length() <= 3
                && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A word and where it stands in the typed text. */
    record Word(String text, int start, int end) {
    }
}
