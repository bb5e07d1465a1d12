package io.lanmu.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A run's results as commit-friendly markdown: the measures against their targets, the breakdowns, and the machine
 * facts needed to judge them.
 */
final class Report {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Report() {
    }

    static Path write(Results results, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(results.settings().engine() + "-" + results.settings().items() + ".md");
        Files.writeString(file, markdown(results));
        return file;
    }

    static String markdown(Results r) {
        Results.Settings s = r.settings();
        boolean es = s.elasticsearch();
        StringBuilder md = new StringBuilder();
        line(md, "# Search benchmark: %s, %,d items", s.engine(), s.items());
        line(md, "");
        line(md, "Run %s with `benchmarks/run.sh %s %d` (seed %d).", WHEN.format(r.startedAt()), s.engine(), s.items(),
                s.seed());
        line(md, "");
        line(md, "| Measure | Result | Target |");
        line(md, "|---|---|---|");
        line(md, "| Bulk indexing, end to end: `IndexRebuild.runNow()` from the database | **%,.0f items/s** "
                + "(%,d items, %,d documents by scope in %.1f s; %s) | ≥ 800 items/s |", r.indexing().rebuild().itemsPerSecond(), s.items(),
                r.indexing().rebuild().documents(), r.indexing().rebuild().seconds(), r.indexing().rebuild().state());
        line(md, "| Bulk indexing, bare engine through a rebuild: pre-built documents, `Rebuild.index(batch)` from %d "
                + "threads, %d items per batch, one commit at the end | %,.0f items/s (%,.0f documents/s) | – |",
                s.bareThreads(), s.bareBatch(), r.indexing().bareRebuild().itemsPerSecond(),
                r.indexing().bareRebuild().documentsPerSecond());
        line(md, "| Bulk indexing, bare engine batch by batch: pre-built documents, `engine.index(batch)` from %d "
                + "threads, %d items per batch, each batch durable and searchable on return | %,.0f items/s "
                + "(%,.0f documents/s) | – |", s.bareThreads(), s.bareBatch(), r.indexing().bare().itemsPerSecond(),
                r.indexing().bare().documentsPerSecond());
        Latencies.Summary q = r.searching().sequential().all().summary();
        line(md, "| Search latency, 1 client (%,d searches after %d warm-up; begun once the engine was idle, %.0f s "
                + "after the rebuild) | p50 %s · p90 %s · **p99 %s** · max %s · mean %s ms; %,.0f searches/s "
                + "| p99 ≤ %d ms |", q.count(), s.warmUp(), r.searching().settledSeconds(), ms(q.p50()), ms(q.p90()),
                ms(q.p99()), ms(q.max()), ms(q.mean()), q.perSecond(), es ? 50 : 20);
        Latencies.Summary c = r.searching().concurrent().summary();
        line(md, "| Search latency, %d clients at once (%,d searches) | p50 %s · p90 %s · p99 %s · max %s ms; "
                + "%,.0f searches/s | – |", s.clients(), c.count(), ms(c.p50()), ms(c.p90()), ms(c.p99()), ms(c.max()),
                c.perSecond());
        Latencies.Summary g = r.searching().suggested().latencies().summary();
        line(md, "| Suggest latency (%,d prefixes after %d warm-up) | p50 %s · p90 %s · p99 %s · max %s ms | – |",
                g.count(), s.suggestWarmUp(), ms(g.p50()), ms(g.p90()), ms(g.p99()), ms(g.max()));
        line(md, "| Index size on disk (%s) | %s | – |", es ? "primaries' store behind the alias" : "index folder",
                size(r.footprint().indexBytes()));
        if (es) {
            line(md, "| Heap, Elasticsearch node (`heap_used_in_bytes` after the searches, no forced GC) | %s of %s | – |",
                    size(r.footprint().nodeHeap().usedBytes()), size(r.footprint().nodeHeap().maxBytes()));
        }
        line(md, "| Heap, %s JVM (used after a full GC, after the searches; at start-up: %s) | %s of %s | – |",
                es ? "Lanmu (client)" : "Lanmu (index loaded)", size(r.footprint().heapAtStart()), size(r.footprint().heapAfterQueries()),
                size(Runtime.getRuntime().maxMemory()));
        line(md, "");
        breakdown(md, "Searches by words", r.searching().sequential().byWords());
        breakdown(md, "Searches by narrowing", r.searching().sequential().byNarrowing());
        line(md, "%d of %,d searches found nothing; a search matched %,.0f documents on average. %d of %,d prefixes got "
                + "no suggestion.", r.searching().sequential().empty(), q.count(), r.searching().sequential().meanTotal(), r.searching().suggested().empty(),
                g.count());
        line(md, "");
        line(md, "Searches go through `ItemSearch.searchPublished` (what `GET /api/v1/search` calls): page 0 of 10, "
                + "with facets and highlights. The mix: 42 %% one word, 32 %% two, 16 %% three, 10 %% Latin words or "
                + "numbers (PDF, 12366, 2026…), half of the words among the %d most frequent of the sample corpus; 15 %% "
                + "newest first; 7 %% narrowed to a category, 7 %% to a column subtree, 6 %% to a year or quarter. The "
                + "2-client run uses searches of its own. Suggestions: `ItemSearch.suggest(prefix, %d)` with the first "
                + "1–4 characters of a word of a real title.", QueryMix.FREQUENT_WORDS, SearchRuns.SUGGESTIONS);
        line(md, "");
        machine(md, r);
        return md.toString();
    }

    private static void breakdown(StringBuilder md, String title, Map<String, Latencies> kinds) {
        line(md, "| %s | Searches | p50 ms | p99 ms | max ms |", title);
        line(md, "|---|---|---|---|---|");
        kinds.forEach((kind, latencies) -> {
            Latencies.Summary k = latencies.summary();
            line(md, "| %s | %,d | %s | %s | %s |", kind, k.count(), ms(k.p50()), ms(k.p99()), ms(k.max()));
        });
        line(md, "");
    }

    private static void machine(StringBuilder md, Results r) {
        line(md, "## Machine and conditions");
        line(md, "");
        line(md, "- %d cores, %s RAM; load average (1, 5, 15 min) before %s, after %s", Machine.cores(),
                Machine.memory(), r.loadBefore(), r.loadAfter());
        line(md, "- CPU during the rebuild: %s; %s", r.indexing().rebuildCpu(), cost(r.indexing().rebuildCpu(),
                r.indexing().rebuild().seconds(), r.indexing().rebuild().items()));
        line(md, "- CPU during the 1-client searches: %s", r.searching().sequentialCpu());
        line(md, "- CPU during the bare indexing through a rebuild: %s; %s", r.indexing().bareRebuildCpu(),
                cost(r.indexing().bareRebuildCpu(), r.indexing().bareRebuild().seconds(),
                        r.indexing().bareRebuild().items()));
        line(md, "- CPU during the bare indexing batch by batch: %s; %s", r.indexing().bareCpu(),
                cost(r.indexing().bareCpu(), r.indexing().bare().seconds(), r.indexing().bare().items()));
        line(md, "- JDK %s", Machine.jdk());
        line(md, "- Benchmark JVM: %s", Machine.jvmOptions());
        if (r.settings().elasticsearch()) {
            line(md, "- Elasticsearch 9.2.8 node (integ-test distribution, smartcn plugin), one shard, no replica: %s",
                    ElasticsearchNode.javaOpts());
        }
        line(md, "- Database: H2 file database in a temporary folder; %,d items with %,d revisions inserted by JDBC "
                + "in %.0f s (not timed as indexing)", r.settings().items(), r.database().revisions(), r.database().seconds());
    }

    /** CPU time per item, which other processes' load changes far less than the rate. */
    private static String cost(Machine.Usage cpu, double seconds, int items) {
        double millis = (cpu.benchmark() + cpu.node()) * seconds * 1000 / items;
        return String.format(Locale.ROOT, "%.2f ms of CPU per item (benchmark JVM and node), i.e. %,.0f items per "
                + "CPU-second", millis, 1000 / millis);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.0f MB", bytes / (double) (1L << 20));
    }

    private static void line(StringBuilder md, String format, Object... arguments) {
        md.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
