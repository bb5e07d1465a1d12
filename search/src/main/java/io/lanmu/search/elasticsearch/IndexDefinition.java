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
 * {@code elasticsearch/mappings.json}, with the shard and replica counts of the options, and the mapping's
 * {@code _meta} naming the {@link #FORMAT} the index is written in.
 */
final class IndexDefinition {

    /**
     * The version of what an index holds: the mapping and analysis of the resources, and what {@link DocumentSource}
     * puts in a document. Bump it with every change that an index written before would not match (the mapping is
     * strict, so a new field is refused by an older index): at start, an index written in an older version is rebuilt
     * in the background behind the alias while searches keep using it (see {@link io.lanmu.search.IndexFormat}).
     */
    static final int FORMAT = 3; // 2: one document for both scopes where they read alike; 3: attachments analysed once


    /** Where in the mapping's {@code _meta} the format is; an index created before formats were recorded has none. */
    static final String FORMAT_META = "lanmu_format";

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
        Document mapping = read("elasticsearch/mappings.json");
        mapping.put("_meta", Map.of(FORMAT_META, FORMAT));
        return new IndexDefinition(settings, mapping);
    }

    /** The format an index with this mapping was written in: 0 when its mapping names none. */
    static int formatOf(Map<String, Object> mapping) {
        return mapping.get("_meta") instanceof Map<?, ?> meta && meta.get(FORMAT_META) instanceof Number format
                ? format.intValue() : 0;
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
