package io.lanmu.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage as one snippet with the matched words in {@code <em>}, labelled with the value of the
 * multi-valued field it comes from. The text around the words is HTML-escaped, since snippets are shown as HTML and
 * attachment text comes from uploaded files.
 */
final class SnippetFormatter extends PassageFormatter {

    private final char valueSeparator;
    private final int maxLength;

    /**
     * @param valueSeparator what the highlighter puts between the values of a multi-valued field
     * @param maxLength the longest snippet, in characters
     */
    SnippetFormatter(char valueSeparator, int maxLength) {
        this.valueSeparator = valueSeparator;
        this.maxLength = maxLength;
    }

    /**
     * A snippet from the value numbered {@code value} (from 0) of its field, scored as the highlighter scored it. Its
     * text is built only when asked for: of the many passages a long text has, a page shows a few.
     */
    record Snippet(int value, float score, Supplier<String> formatted) {

        String text() {
            return formatted.get();
        }
    }

    @Override
    public List<Snippet> format(Passage[] passages, String content) {
        List<Snippet> snippets = new ArrayList<>(passages.length);
        for (Passage passage : passages) {
            snippets.add(snippet(passage, content));
        }
        return snippets;
    }

    private Snippet snippet(Passage passage, String content) {
        int[] matchStarts = passage.getMatchStarts();
        // A passage may run from one value into the next; the snippet keeps the one holding the first match.
        int firstMatch = passage.getNumMatches() > 0 ? matchStarts[0] : passage.getStartOffset();
        int start = Math.max(passage.getStartOffset(), content.lastIndexOf(valueSeparator, firstMatch) + 1);
        int separatorAfter = content.indexOf(valueSeparator, firstMatch);
        int end = separatorAfter >= 0 ? Math.min(passage.getEndOffset(), separatorAfter) : passage.getEndOffset();
        if (end - start > maxLength) {
            // Tables and lists have no sentence ends, so a "sentence" can be a whole page: keep a window at the match.
            start = Math.max(start, firstMatch - maxLength / 4);
            end = Math.min(end, start + maxLength);
        }
        int from = start;
        int to = end;
        return new Snippet(valueOf(start, content), passage.getScore(), () -> text(passage, content, from, to));
    }

    private static String text(Passage passage, String content, int start, int end) {
        int[] matchStarts = passage.getMatchStarts();
        int[] matchEnds = passage.getMatchEnds();
        StringBuilder snippet = new StringBuilder(end - start + 32);
        int written = start;
        for (int i = 0; i < passage.getNumMatches() && matchStarts[i] < end; i++) {
            int matchStart = Math.max(matchStarts[i], written);
            int matchEnd = matchEnds[i];
            // Overlapping matches (one word inside another) are emphasised once, as one span.
            while (i + 1 < passage.getNumMatches() && matchStarts[i + 1] < matchEnd) {
                matchEnd = Math.max(matchEnd, matchEnds[++i]);
            }
            matchEnd = Math.min(matchEnd, end);
            if (matchStart >= matchEnd) {
                continue;
            }
            appendEscaped(snippet, content, written, matchStart);
            snippet.append("<em>");
            appendEscaped(snippet, content, matchStart, matchEnd);
            snippet.append("</em>");
            written = matchEnd;
        }
        appendEscaped(snippet, content, written, end);
        return snippet.toString().strip();
    }

    private int valueOf(int offset, String content) {
        int value = 0;
        int separator = content.indexOf(valueSeparator);
        while (separator >= 0 && separator < offset) {
            value++;
            separator = content.indexOf(valueSeparator, separator + 1);
        }
        return value;
    }

    private static void appendEscaped(StringBuilder out, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
