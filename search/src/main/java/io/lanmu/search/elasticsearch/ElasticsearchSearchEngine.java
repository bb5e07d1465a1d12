package io.lanmu.search.elasticsearch;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.lanmu.search.IndexFormat;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.search.SearchUnavailable;
import io.lanmu.search.query.QueryUnderstanding;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;

/**
 * The search port on an Elasticsearch cluster with Elastic's analysis-smartcn plugin. Documents live in numbered
 * indices behind one alias (see {@link IndexGenerations}); nothing is sent to the cluster before the first call, so
 * the application starts and keeps running while the cluster is down. Thread-safe.
 *
 * <p>Every call but {@link #isAvailable()} throws {@link SearchUnavailable} when the cluster cannot be reached or
 * refuses the request; how soon is up to the client's connect and socket timeouts.
 */
public final class ElasticsearchSearchEngine implements SearchEngine {

    private final ElasticsearchTemplate template;
    private final IndexGenerations generations;
    private final BulkWriter writer;
    private final QueryUnderstanding understanding;
    private final Ids ids;
    private final PageSearch pages;
    private final Suggestions suggestions;
    private final RebuildSlot rebuild = new RebuildSlot();

    /**
     * @param template Spring Data's template on the cluster's client; Spring Boot configures one
     * @param options the alias and the shape of the indices behind it
     */
    public ElasticsearchSearchEngine(ElasticsearchTemplate template, ElasticsearchIndexOptions options) {
        this(template, options, QueryUnderstanding.shipped());
    }

    /**
     * @param template Spring Data's template on the cluster's client; Spring Boot configures one
     * @param options the alias and the shape of the indices behind it
     * @param understanding what visitors mean by what they type: the words, synonyms and question words, cut by the
     *     same smartcn chain the index's analyzer is ({@code smartcn_tokenizer + lowercase + smartcn_stop}), so that
     *     the engines agree and a search needs no {@code _analyze} round trip
     */
    public ElasticsearchSearchEngine(ElasticsearchTemplate template, ElasticsearchIndexOptions options,
            QueryUnderstanding understanding) {
        this.template = template;
        this.generations = new IndexGenerations(template, IndexDefinition.of(options), options.alias());
        this.writer = new BulkWriter(template, options.alias(), options.yearsIn());
        this.understanding = understanding;
        this.ids = new Ids(template);
        this.pages = new PageSearch(template, generations.alias());
        this.suggestions = new Suggestions(template, generations.alias());
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    /** Asks for the cluster's health: {@code GET /}, the usual ping, is refused by some nodes. */
    @Override
    public boolean isAvailable() {
        try {
            return !"red".equalsIgnoreCase(template.cluster().health().getStatus());
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    @Override
    public int wantedFormat() {
        return IndexDefinition.FORMAT;
    }

    /** Read from the mapping of the generation behind the alias; unknown while the cluster cannot be reached. */
    @Override
    public IndexFormat format() {
        try {
            return new IndexFormat(onAlias("read the index format", generations::format), IndexDefinition.FORMAT);
        } catch (SearchUnavailable unreachable) {
            return IndexFormat.unknown(IndexDefinition.FORMAT);
        }
    }

    /** Indexes through the alias and returns once the documents are searchable ({@code refresh=true}). */
    @Override
    public void index(Collection<SearchDocument> documents) {
        if (!documents.isEmpty()) {
            change("index documents", running -> {
                writer.replace(alias(), documents, true);
                if (running != null) {
                    running.mirrorIndex(documents);
                }
            });
        }
    }

    /** Deletes by id in bulk: {@code _delete_by_query} is not on every cluster, and ids are all it takes. */
    @Override
    public void deleteItems(Collection<Long> itemIds) {
        if (!itemIds.isEmpty()) {
            change("delete documents", running -> {
                writer.deleteItems(alias(), itemIds, true);
                if (running != null) {
                    running.mirrorDeleteItems(itemIds);
                }
            });
        }
    }

    /** Swaps an empty generation in: searches see every document until they see none, never a part. */
    @Override
    public void deleteAll() {
        change("delete every document", running -> {
            generations.swapTo(generations.createNext(), running == null ? null : running.generation());
            if (running != null) {
                running.mirrorDeleteAll();
            }
        });
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query.scope(), "scope");
        return onAlias("search", () -> pages.run(query, understanding.understand(query.text())));
    }

    @Override
    public List<String> suggest(String prefix, Scope scope, int limit) {
        Objects.requireNonNull(scope, "scope");
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        return onAlias("suggest titles", () -> suggestions.titles(understanding.words(prefix), scope, limit));
    }

    @Override
    public Set<String> ids(Scope scope) {
        Objects.requireNonNull(scope, "scope");
        return onAlias("list ids", () -> Collections.unmodifiableSet(ids.in(alias(), scope)));
    }

    @Override
    public Rebuild startRebuild() {
        return rebuild.start(() -> guarded("start a rebuild", () -> {
            // The alias first: created later, its first generation would be newer than the rebuild's, and the swap
            // would then put the older one behind the alias.
            generations.ensureAlias();
            return new ElasticsearchRebuild(generations, writer, ids, rebuild, generations.createNext());
        }));
    }

    private String alias() {
        return generations.alias().getIndexName();
    }

    private void change(String what, Consumer<ElasticsearchRebuild> work) {
        onAlias(what, () -> {
            rebuild.change(work);
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
