package io.lanmu.search.elasticsearch;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.search.SearchUnavailable;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.SearchHits;
import org.springframework.data.elasticsearch.core.SearchHitsIterator;

/**
 * The search port on an Elasticsearch cluster with Elastic's analysis-smartcn plugin. Documents live in numbered
 * indices behind one alias (see {@link IndexGenerations}); nothing is sent to the cluster before the first call, so
 * the application starts while the cluster is down. Thread-safe.
 *
 * <p>Timeouts are the client's: a cluster that cannot be reached fails a call within its connect timeout.
 */
public final class ElasticsearchSearchEngine implements SearchEngine {

    /** Suggestions read this many hits per wanted title, since documents often share a title. */
    private static final int HITS_PER_SUGGESTION = 3;
    private static final int MAX_SUGGESTION_PAGES = 5;

    private final ElasticsearchTemplate template;
    private final IndexGenerations generations;
    private final BulkWriter writer;
    private final QueryAnalysis analysis;

    public ElasticsearchSearchEngine(ElasticsearchTemplate template, ElasticsearchIndexOptions options) {
        this.template = template;
        this.generations = new IndexGenerations(template, IndexDefinition.of(options), options.alias());
        this.writer = new BulkWriter(template);
        this.analysis = new QueryAnalysis(template, options.alias());
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    /** Asks for the cluster's health ({@code GET /} is not for this: some nodes refuse it). */
    @Override
    public boolean isAvailable() {
        try {
            return !"red".equalsIgnoreCase(template.cluster().health().getStatus());
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        if (!documents.isEmpty()) {
            onAlias("index documents", () -> writer.index(alias(), true, documents, true));
        }
    }

    @Override
    public void delete(Collection<String> ids) {
        if (!ids.isEmpty()) {
            onAlias("delete documents", () -> writer.delete(alias(), ids));
        }
    }

    /** Swaps an empty generation in: searches see every document until they see none, never a part. */
    @Override
    public void deleteAll() {
        guarded("delete every document", () -> {
            generations.ensureAlias();
            generations.swapTo(generations.createNext());
            return null;
        });
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return onAlias("search", () -> Hits.read(searchHits(query)));
    }

    @Override
    public List<String> suggest(String prefix, Scope scope, int limit) {
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        return onAlias("suggest titles", () -> {
            Words words = analysis.words(prefix);
            if (words.isEmpty()) {
                return List.of();
            }
            Set<String> titles = new LinkedHashSet<>();
            int batch = limit * HITS_PER_SUGGESTION;
            // Documents often share a title (one per scope, reposts), so read on until enough distinct ones are found.
            for (int page = 0; page < MAX_SUGGESTION_PAGES && titles.size() < limit; page++) {
                SearchHits<?> hits = template.search(SearchRequests.suggest(words, scope, page, batch), Map.class,
                        generations.alias());
                for (SearchHit<?> hit : hits) {
                    if (hit.getContent() instanceof Map<?, ?> source && source.get(IndexedFields.TITLE) != null) {
                        titles.add(source.get(IndexedFields.TITLE).toString());
                    }
                }
                if (hits.getSearchHits().size() < batch) {
                    break;
                }
            }
            return titles.stream().limit(limit).toList();
        });
    }

    @Override
    public Set<String> ids(Scope scope) {
        return onAlias("list ids", () -> {
            Set<String> ids = new LinkedHashSet<>();
            try (SearchHitsIterator<?> hits =
                    template.searchForStream(SearchRequests.ids(scope), Map.class, generations.alias())) {
                hits.forEachRemaining(hit -> ids.add(hit.getId()));
            }
            return ids;
        });
    }

    @Override
    public Rebuild startRebuild() {
        return guarded("start a rebuild", () -> new ElasticsearchRebuild(generations, writer,
                generations.createNext()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private SearchHits<Map<String, Object>> searchHits(SearchQuery query) {
        Words words = analysis.words(query.text());
        return (SearchHits) template.search(SearchRequests.search(query, words), Map.class, generations.alias());
    }

    private String alias() {
        return generations.alias().getIndexName();
    }

    private void onAlias(String what, Runnable work) {
        onAlias(what, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} on the alias, creating the first generation if there is none yet, and once more on a new
     * first generation if the alias turns out to have been deleted from outside (by an operator, say).
     */
    private <T> T onAlias(String what, Supplier<T> work) {
        return guarded(what, () -> {
            generations.ensureAlias();
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (generations.recreatedAfterLoss(e)) {
                    return work.get();
                }
                throw e;
            }
        });
    }

    private <T> T guarded(String what, Supplier<T> work) {
        return Guard.call(what, work, generations::forgetAlias);
    }
}
