package io.lanmu.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.lanmu.search.ItemSearch;
import io.lanmu.search.Scope;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.elasticsearch.ElasticsearchIndexOptions;
import io.lanmu.search.elasticsearch.ElasticsearchSearchEngine;
import io.lanmu.search.indexing.IndexRebuild;
import io.lanmu.search.lucene.LuceneSearchEngine;
import io.lanmu.search.lucene.LuceneSettings;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;

/**
 * Measures one engine at one size: {@code Benchmark <lucene|elasticsearch> <items> <results folder>}. Fills an H2
 * database with generated items, times Lanmu's rebuild of the index from it, times searches and suggestions, reads the
 * index size and heap, then times the bare engine; writes {@code <engine>-<items>.md} into the results folder.
 * Options: {@code -Dbenchmark.queries}, {@code .warm-up}, {@code .suggestions}, {@code .seed}.
 */
public final class Benchmark {

    private static final String ALIAS = "lanmu-items";
    private static final double IDLE_CORES = 0.15;
    private static final int SETTLED_AFTER_QUIET_SECONDS = 3;
    private static final int MAX_SETTLE_SECONDS = 600;

    private final Results.Settings settings;
    private final Path folder;
    private final ConfigurableApplicationContext context;
    private final ElasticsearchNode node;
    private final long nodePid;
    private final Corpus corpus = Corpus.load();
    private final SiteColumns columns = new SiteColumns();
    private final ItemGenerator generator;

    private Benchmark(Results.Settings settings, Path folder, ConfigurableApplicationContext context,
            ElasticsearchNode node) {
        this.settings = settings;
        this.folder = folder;
        this.context = context;
        this.node = node;
        this.nodePid = node == null ? 0 : node.pid();
        this.generator = new ItemGenerator(corpus, columns, settings.seed());
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[0].matches("lucene|elasticsearch") || !args[1].matches("[1-9][0-9]*")) {
            System.err.println("Usage: Benchmark <lucene|elasticsearch> <items> <results folder>");
            System.exit(2);
        }
        int suggestions = Integer.getInteger("benchmark.suggestions", 1_000);
        var settings = new Results.Settings(args[0], Integer.parseInt(args[1]),
                Integer.getInteger("benchmark.warm-up", 500), Integer.getInteger("benchmark.queries", 2_000),
                Math.max(200, suggestions / 5), suggestions, 2, 2, 250, Long.getLong("benchmark.seed", 2026));
        Path folder = Files.createTempDirectory("lanmu-benchmark-");
        try {
            Results results = run(settings, folder);
            Path written = Report.write(results, Path.of(args[2]));
            System.out.printf("%n%s%nWritten to %s%n", Report.markdown(results), written);
        } finally {
            deleteRecursively(folder);
        }
        // Also stops the Elasticsearch node (a shutdown hook of ElasticsearchTestNode).
        System.exit(0);
    }

    private static Results run(Results.Settings settings, Path folder) throws Exception {
        Instant startedAt = Instant.now();
        String loadBefore = Machine.loadAverage();
        ElasticsearchNode node = settings.elasticsearch() ? ElasticsearchNode.start() : null;
        try (var context = BenchmarkApplication.start(folder, node == null ? null : node.uri())) {
            long heapAtStart = Machine.heapUsedAfterFullGc();
            var benchmark = new Benchmark(settings, folder, context, node);
            Results.Database database = benchmark.fillDatabase();
            Measured<Results.Rebuild> rebuild = benchmark.rebuild();
            Results.Searching searching = benchmark.search();
            Results.Footprint footprint = benchmark.footprint(heapAtStart);
            List<Measured<BareIndexing.Result>> bare = benchmark.bareIndexing();
            var indexing = new Results.Indexing(rebuild.value(), rebuild.cpu(), bare.get(0).value(), bare.get(0).cpu(),
                    bare.get(1).value(), bare.get(1).cpu());
            return new Results(settings, startedAt, loadBefore, Machine.loadAverage(), database, indexing, searching,
                    footprint);
        }
    }

    /** What a phase measured, and the CPU the machine spent meanwhile. */
    private record Measured<T>(T value, Machine.Usage cpu) {
    }

    private <T> Measured<T> measured(Callable<T> phase) throws Exception {
        Machine.Cpu before = Machine.Cpu.now(nodePid);
        T value = phase.call();
        return new Measured<>(value, Machine.Cpu.now(nodePid).since(before));
    }

    private Results.Database fillDatabase() throws Exception {
        step("Generating %,d items into the database", settings.items());
        long began = System.nanoTime();
        long revisions = new DatabaseLoader(context.getBean(DataSource.class)).load(columns, generator, settings.items());
        return new Results.Database(revisions, seconds(began));
    }

    private Measured<Results.Rebuild> rebuild() throws Exception {
        step("Rebuilding the index: IndexRebuild.runNow()");
        long began = System.nanoTime();
        Measured<IndexRebuild.Progress> progress = measured(() -> context.getBean(IndexRebuild.class).runNow());
        double seconds = seconds(began);
        SearchEngine engine = context.getBean(SearchEngine.class);
        // Per scope: a document in both scopes is listed in each, so this counts what searches see, not what is stored.
        int documents = engine.ids(Scope.PUBLIC).size() + engine.ids(Scope.EDITORIAL).size();
        IndexRebuild.Progress done = progress.value();
        var rebuild = new Results.Rebuild(settings.items(), documents, seconds, done.ratePerSecond(),
                done.state() + (done.error() == null ? "" : ": " + done.error()));
        step("Rebuilt: %s, %,.0f items/s; %s", rebuild.state(), rebuild.itemsPerSecond(), progress.cpu());
        return new Measured<>(rebuild, progress.cpu());
    }

    private Results.Searching search() throws Exception {
        double settled = settle();
        step("Searching: %d warm-up, %d measured, then %d clients; suggestions", settings.warmUp(),
                settings.queries(), settings.clients());
        QueryMix mix = new QueryMix(corpus, columns);
        SearchRuns runs = new SearchRuns(context.getBean(ItemSearch.class));
        var warmUp = mix.searches(settings.warmUp(), settings.seed() + 1);
        var measuredSearches = mix.searches(settings.queries(), settings.seed() + 2);
        Measured<SearchRuns.Searches> sequential = measured(() -> runs.sequential(warmUp, measuredSearches));
        step("1 client: p99 %.1f ms; %s", sequential.value().all().summary().p99(), sequential.cpu());
        // Searches of their own, so that nothing the first run left in a cache flatters the second.
        Latencies concurrent = runs.concurrent(mix.searches(settings.queries(), settings.seed() + 5), settings.clients());
        SearchRuns.Suggested suggested = runs.suggestions(mix.prefixes(settings.suggestWarmUp(), settings.seed() + 3),
                mix.prefixes(settings.suggestions(), settings.seed() + 4));
        return new Results.Searching(settled, sequential.value(), sequential.cpu(), concurrent, suggested);
    }

    /**
     * Waits until the engine is idle: a rebuild leaves segment merges running for a while (Lucene's merge threads,
     * the node's force merge), and searches are measured as a site runs most of the time, not during that while.
     *
     * @return seconds waited
     */
    private double settle() throws InterruptedException {
        long began = System.nanoTime();
        int quietSeconds = 0;
        while (quietSeconds < SETTLED_AFTER_QUIET_SECONDS && seconds(began) < MAX_SETTLE_SECONDS) {
            Machine.Cpu before = Machine.Cpu.now(nodePid);
            Thread.sleep(1_000);
            Machine.Usage usage = Machine.Cpu.now(nodePid).since(before);
            quietSeconds = usage.benchmark() + usage.node() < IDLE_CORES ? quietSeconds + 1 : 0;
        }
        double waited = seconds(began);
        step("Engine idle after %.0f s", waited);
        return waited;
    }

    private Results.Footprint footprint(long heapAtStart) throws IOException {
        long indexBytes = node == null ? sizeOf(folder.resolve("index")) : node.storeBytes(ALIAS);
        return new Results.Footprint(indexBytes, heapAtStart, Machine.heapUsedAfterFullGc(),
                node == null ? null : node.heap());
    }

    /** The engine alone, fed pre-built documents: first through a rebuild, then batch by batch. */
    private List<Measured<BareIndexing.Result>> bareIndexing() throws Exception {
        step("Indexing pre-built documents into fresh engines (bare engine)");
        BareIndexing bare = new BareIndexing(generator, columns);
        var batches = bare.prepare(settings.items(), settings.bareBatch());
        List<Measured<BareIndexing.Result>> results = new ArrayList<>();
        try (FreshEngine engine = freshEngine("bare-rebuild")) {
            results.add(measured(() -> bare.rebuild(engine.engine(), batches, settings.bareThreads())));
        }
        step("Bare engine, through a rebuild: %,.0f items/s; %s", results.get(0).value().itemsPerSecond(),
                results.get(0).cpu());
        try (FreshEngine engine = freshEngine("bare")) {
            results.add(measured(() -> bare.index(engine.engine(), batches, settings.bareThreads())));
        }
        step("Bare engine, batch by batch: %,.0f items/s; %s", results.get(1).value().itemsPerSecond(),
                results.get(1).cpu());
        return results;
    }

    /** An engine of its own beside the application's, on an empty index. */
    private record FreshEngine(SearchEngine engine) implements AutoCloseable {

        @Override
        public void close() {
            if (engine instanceof LuceneSearchEngine lucene) {
                lucene.close();
            }
        }
    }

    private FreshEngine freshEngine(String name) {
        return new FreshEngine(settings.elasticsearch()
                ? new ElasticsearchSearchEngine(context.getBean(ElasticsearchTemplate.class),
                        ElasticsearchIndexOptions.singleNode("lanmu-" + name))
                : new LuceneSearchEngine(folder.resolve(name), LuceneSettings.DEFAULTS));
    }

    private static void step(String format, Object... arguments) {
        System.out.printf("[benchmark %tT] %s%n", System.currentTimeMillis(), String.format(format, arguments));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
