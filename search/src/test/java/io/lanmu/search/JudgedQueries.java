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
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = JudgedQueries.class.getResourceAsStream("/search/judged-queries.json")) {
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
