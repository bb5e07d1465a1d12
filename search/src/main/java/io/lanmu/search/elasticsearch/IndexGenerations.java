package io.lanmu.search.elasticsearch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.core.IndexOperations;
import org.springframework.data.elasticsearch.core.index.AliasAction;
import org.springframework.data.elasticsearch.core.index.AliasActionParameters;
import org.springframework.data.elasticsearch.core.index.AliasActions;
import org.springframework.data.elasticsearch.core.index.AliasData;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/**
 * The indices behind the alias: one generation per rebuild or full delete ({@code lanmu-items-1},
 * {@code lanmu-items-2}, ...), the alias pointing at exactly one of them. Searches and writes go through the alias,
 * so swapping generations is one atomic {@code _aliases} call and no searcher ever sees a missing or half-filled index.
 *
 * <p>Nothing happens on construction: the first generation is created when first needed, so the application starts
 * and keeps running while the cluster is down. Thread-safe.
 */
final class IndexGenerations {

    private static final Logger log = LoggerFactory.getLogger(IndexGenerations.class);

    private final ElasticsearchTemplate template;
    private final IndexDefinition definition;
    private final String alias;
    /** Whether the alias existed when last checked; cleared after any failure so that the next call checks again. */
    private volatile boolean aliasKnown;

    IndexGenerations(ElasticsearchTemplate template, IndexDefinition definition, String alias) {
        this.template = template;
        this.definition = definition;
        this.alias = alias;
    }

    IndexCoordinates alias() {
        return IndexCoordinates.of(alias);
    }

    /** Creates the first generation behind the alias unless the alias exists. */
    void ensureAlias() {
        if (aliasKnown) {
            return;
        }
        synchronized (this) {
            if (!aliasKnown) {
                if (!ops(alias).exists()) {
                    createFirst();
                }
                aliasKnown = true;
            }
        }
    }

    private void createFirst() {
        String first;
        try {
            first = createNext();
        } catch (RuntimeException e) {
            // Another application instance may have created the same first generation a moment ago.
            if (ops(alias).exists()) {
                return;
            }
            throw e;
        }
        // Nothing older is deleted here: an older generation may be the one a running rebuild fills.
        moveAlias(first);
    }

    /**
     * After {@code failure}, checks whether the alias still exists and creates a first generation if not.
     *
     * @return whether it did, so that the failed work may be tried again
     */
    boolean recreatedAfterLoss(RuntimeException failure) {
        aliasKnown = false;
        try {
            if (ops(alias).exists()) {
                return false;
            }
            ensureAlias();
            return true;
        } catch (RuntimeException checkFailed) {
            failure.addSuppressed(checkFailed);
            return false;
        }
    }

    /** Makes the next call check the alias again: after a failure it may have been deleted from outside. */
    void forgetAlias() {
        aliasKnown = false;
    }

    /** Creates an empty generation newer than every existing one, not yet behind the alias. */
    String createNext() {
        long number = newestNumber().orElse(0) + 1;
        String name = alias + "-" + number;
        ops(name).create(definition.settings(), definition.mapping());
        return name;
    }

    void swapTo(String generation) {
        swapTo(generation, null);
    }

    /**
     * Puts {@code generation} behind the alias in place of whatever was there, in one request, then deletes the
     * replaced generation and any older one left by a rebuild that was abandoned or cut short by a crash. Once the
     * alias has moved the swap has happened: a generation that cannot be deleted now is left for the next swap.
     *
     * @param keep a generation to keep although it is older, or null: the one a running rebuild is filling
     */
    void swapTo(String generation, String keep) {
        Map<String, Set<AliasData>> existing = generations();
        List<String> replaced = moveAlias(generation, existing);
        long number = number(generation).orElseThrow();
        for (String name : existing.keySet()) {
            boolean stale = number(name).orElse(Long.MAX_VALUE) < number && !name.equals(keep);
            if (replaced.contains(name) || stale) {
                try {
                    delete(name);
                } catch (RuntimeException e) {
                    log.warn("Could not delete {}, no longer behind {}; the next swap deletes it: {}", name, alias,
                            e.getMessage());
                }
            }
        }
    }

    private void moveAlias(String generation) {
        moveAlias(generation, generations());
    }

    /** @return the generations the alias was taken from */
    private List<String> moveAlias(String generation, Map<String, Set<AliasData>> existing) {
        List<AliasAction> actions = new ArrayList<>();
        List<String> replaced = existing.entrySet().stream()
                .filter(each -> !each.getKey().equals(generation))
                .filter(each -> isBehindAlias(each.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (!replaced.isEmpty()) {
            actions.add(new AliasAction.Remove(AliasActionParameters.builder()
                    .withIndices(replaced.toArray(String[]::new)).withAliases(alias).build()));
        }
        actions.add(new AliasAction.Add(AliasActionParameters.builder()
                .withIndices(generation).withAliases(alias).build()));
        ops(generation).alias(new AliasActions(actions.toArray(AliasAction[]::new)));
        aliasKnown = true;
        return replaced;
    }

    /**
     * Deletes a generation that was never swapped in, unless the alias points at it after all: a swap whose answer
     * was lost may have happened. Left alone when that cannot be checked; the next swap deletes it if it is stale.
     */
    void discard(String generation) {
        Set<AliasData> aliases = generations().get(generation);
        if (aliases != null && isBehindAlias(aliases)) {
            log.warn("{} is behind {} although its rebuild did not complete; keeping it", generation, alias);
            return;
        }
        delete(generation);
    }

    private boolean isBehindAlias(Set<AliasData> aliases) {
        return aliases.stream().anyMatch(data -> alias.equals(data.getAlias()));
    }

    /** The format the generation behind the alias was written in (see {@link IndexDefinition#FORMAT}). */
    int format() {
        // Asked through the alias, Elasticsearch answers with the mapping of the one index behind it.
        return IndexDefinition.formatOf(ops(alias).getMapping());
    }

    void refresh(String generation) {
        ops(generation).refresh();
    }

    /**
     * Merges a filled generation into one segment before it goes behind the alias: a bulk load leaves dozens of
     * segments, and every search pays for each of them. An optimisation only: if the merge fails or outlasts the
     * client's socket timeout (the cluster then finishes it on its own), the generation is swapped in as it is.
     */
    void compact(String generation) {
        try {
            template.execute(client -> client.indices()
                    .forcemerge(merge -> merge.index(generation).maxNumSegments(1L).waitForCompletion(true)));
        } catch (RuntimeException e) {
            log.warn("Could not merge {} into one segment before swapping it in; searching it may be slower until "
                    + "Elasticsearch merges it: {}", generation, e.getMessage());
        }
    }

    void delete(String generation) {
        ops(generation).delete();
    }

    /** Every generation of this alias with the aliases it has. */
    private Map<String, Set<AliasData>> generations() {
        // The pattern also matches other families such as lanmu-items-archive-1; only numbered names belong here.
        Map<String, Set<AliasData>> all = new HashMap<>(ops(alias).getAliasesForIndex(alias + "-*"));
        all.keySet().removeIf(name -> number(name).isEmpty());
        return all;
    }

    private OptionalLong newestNumber() {
        return generations().keySet().stream().map(this::number).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max();
    }

    private OptionalLong number(String index) {
        String prefix = alias + "-";
        if (!index.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        String suffix = index.substring(prefix.length());
        return suffix.matches("[0-9]{1,18}") ? OptionalLong.of(Long.parseLong(suffix)) : OptionalLong.empty();
    }

    private IndexOperations ops(String index) {
        return template.indexOps(IndexCoordinates.of(index));
    }
}
