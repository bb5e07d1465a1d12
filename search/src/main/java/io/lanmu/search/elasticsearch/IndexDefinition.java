package io.lanmu.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.elasticsearch.core.document.Document;

/**
 * The settings and mapping every index behind the alias is created with: {@code elasticsearch/settings.json} and
 * {@code elasticsearch/mappings.json}, with the shard and replica counts of the options.
 */
final class IndexDefinition {

    private final Map<String, Object> settings;
    private final Document mapping;

    private IndexDefinition(Map<String, Object> settings, Document mapping) {
        this.settings = settings;
        this.mapping = mapping;
    }

    static IndexDefinition of(ElasticsearchIndexOptions options) {
        Document settings = read("elasticsearch/settings.json");
        Map<String, Object> index = new LinkedHashMap<>(nested(settings, "index"));
        index.put("number_of_shards", options.shards());
        index.put("number_of_replicas", options.replicas());
        settings.put("index", index);
        return new IndexDefinition(settings, read("elasticsearch/mappings.json"));
    }

    Map<String, Object> settings() {
        return settings;
    }

    Document mapping() {
        return mapping;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    private static Document read(String resource) {
        try (InputStream in = IndexDefinition.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
