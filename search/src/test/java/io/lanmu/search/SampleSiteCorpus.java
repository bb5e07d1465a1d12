package io.lanmu.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample site's items ({@code /samples/site.json}) as public documents, the corpus of the judged queries. Item n
 * (from 0) becomes document {@code public-(n+1)}, dated n days after the first of 2026; column ids are the columns'
 * positions from 1. Read once per JVM.
 */
public final class SampleSiteCorpus {

    private static final Instant FIRST_DATE = Instant.parse("2026-01-01T02:00:00Z");
    private static List<SearchDocument> documents;

    private SampleSiteCorpus() {
    }

    public static synchronized List<SearchDocument> documents() {
        if (documents == null) {
            documents = List.copyOf(toDocuments(read()));
        }
        return documents;
    }

    private static Site read() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = SampleSiteCorpus.class.getResourceAsStream("/samples/site.json")) {
            if (in == null) {
                throw new IllegalStateException("/samples/site.json is not on the test classpath");
            }
            return json.readValue(in, Site.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SearchDocument> toDocuments(Site site) {
        Map<String, Column> columnsByKey = new HashMap<>();
        Map<String, Long> idsByKey = new HashMap<>();
        for (int i = 0; i < site.columns().size(); i++) {
            Column column = site.columns().get(i);
            columnsByKey.put(column.key(), column);
            idsByKey.put(column.key(), i + 1L);
        }
        List<SearchDocument> result = new ArrayList<>();
        for (int i = 0; i < site.items().size(); i++) {
            Item item = site.items().get(i);
            long itemId = i + 1L;
            result.add(new SearchDocument(itemId, Scope.PUBLIC,
                    item.title(), item.summary(), Jsoup.parse(item.body()).text(), List.of(),
                    idsByKey.get(item.column()), pathTo(item.column(), columnsByKey, idsByKey), item.category(),
                    "PUBLISHED", item.tags(), FIRST_DATE.plus(Duration.ofDays(i))));
        }
        return result;
    }

    private static List<Long> pathTo(String key, Map<String, Column> columns, Map<String, Long> ids) {
        LinkedList<Long> path = new LinkedList<>();
        for (String at = key; at != null; at = columns.get(at).parent()) {
            path.addFirst(ids.get(at));
        }
        return path;
    }

    record Site(List<Column> columns, List<Item> items) {
    }

    record Column(String key, String parent, String name) {
    }

    record Item(String column, String category, String title, String summary, String body, List<String> tags) {
    }
}
