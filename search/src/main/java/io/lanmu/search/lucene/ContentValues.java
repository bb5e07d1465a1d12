package io.lanmu.search.lucene;

import java.util.ArrayList;
import java.util.List;

import io.lanmu.search.SearchDocument;

/**
 * The values of the {@link IndexedFields#CONTENT} field in their fixed order, and which of them an offset falls in.
 * Values are one character apart (the analyzer's offset gap, and the separator the highlighter joins them with).
 */
final class ContentValues {

    static final int TITLE = 0;
    static final int SUMMARY = 1;
    static final int BODY = 2;
    static final int FIRST_ATTACHMENT = 3;

    private final int[] starts;

    /** @param lengths the length of each value, in order */
    ContentValues(int[] lengths) {
        this.starts = new int[lengths.length];
        for (int i = 1; i < lengths.length; i++) {
            starts[i] = starts[i - 1] + lengths[i - 1] + 1;
        }
    }

    /** The texts of a document in content order; missing ones are empty, so every text keeps its place. */
    static List<String> of(SearchDocument document) {
        List<String> values = new ArrayList<>(List.of(orEmpty(document.title()), orEmpty(document.summary()),
                orEmpty(document.body())));
        document.attachments().forEach(attachment -> values.add(orEmpty(attachment.text())));
        return values;
    }

    /** The index of the value that the character at {@code offset} belongs to. */
    int valueAt(int offset) {
        int value = 0;
        while (value + 1 < starts.length && starts[value + 1] <= offset) {
            value++;
        }
        return value;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
