package io.lanmu.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The judged set ({@code /search/judged-queries.json}): queries as citizens type them, each with the title of the
 * sample site item that must rank in the top three.
 */
public final class JudgedQueries {

    private JudgedQueries() {
    }

    public static List<JudgedQuery> all() {
        return read("/search/judged-queries.json");
    }

    /**
     * The visitor-typed set ({@code /search/visitor-queries.json}): abbreviations, other wording, questions,
     * traditional and full-width characters, none written so in the expected item's title, which must rank first.
     */
    public static List<JudgedQuery> visitorTyped() {
        return read("/search/visitor-queries.json");
    }

    private static List<JudgedQuery> read(String resource) {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = JudgedQueries.class.getResourceAsStream(resource)) {
            return json.readValue(in, JudgedSet.class).queries();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param expectedTitle the title of the item that must be among the first three hits */
    public record JudgedQuery(String query, String expectedTitle) {

        @Override
        public String toString() {
            return query + " → " + expectedTitle;
        }
    }

    record JudgedSet(List<JudgedQuery> queries) {
    }
}
