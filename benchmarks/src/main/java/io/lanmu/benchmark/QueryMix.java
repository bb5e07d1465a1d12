package io.lanmu.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import io.lanmu.deadline.InformationCategory;
import io.lanmu.search.ItemSearch;
import io.lanmu.search.SearchQuery;
import io.lanmu.shared.SiteProperties;

/**
 * Visitors' searches, drawn from the corpus's words: mostly one or two Chinese words, some three, some Latin words and
 * numbers; some narrowed to a category, a column's subtree or a period, some newest first. Half of the words come
 * from the 500 most frequent (many matches), half from the whole vocabulary (few).
 */
final class QueryMix {

    static final int FREQUENT_WORDS = 500;
    private static final String[] LATIN = {"PDF", "12366", "2026", "2025", "App", "OFD", "Excel"};
    private static final ZoneId SITE_ZONE = SiteProperties.defaultTimeZone();

    /** A search and what kind it is, for the breakdown by kind. */
    record Search(String words, String narrowing, ItemSearch.Filter filter) {
    }

    private final Corpus corpus;
    private final SiteColumns columns;

    QueryMix(Corpus corpus, SiteColumns columns) {
        this.corpus = corpus;
        this.columns = columns;
    }

    List<Search> searches(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Search> searches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            searches.add(search(random));
        }
        return searches;
    }

    private Search search(SplittableRandom random) {
        int kind = random.nextInt(100);
        String words;
        String text;
        if (kind < 42) {
            words = "1 word";
            text = word(random);
        } else if (kind < 74) {
            words = "2 words";
            text = word(random) + (random.nextInt(10) < 7 ? "" : " ") + word(random);
        } else if (kind < 90) {
            words = "3 words";
            String separator = random.nextBoolean() ? "" : " ";
            text = word(random) + separator + word(random) + separator + word(random);
        } else {
            words = "Latin/number";
            text = LATIN[random.nextInt(LATIN.length)] + (random.nextInt(10) < 6 ? "" : " " + word(random));
        }
        SearchQuery.Order order = random.nextInt(100) < 15 ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE;
        int narrowing = random.nextInt(100);
        if (narrowing < 7) {
            String category = InformationCategory.values()[random.nextInt(InformationCategory.values().length)].name();
            return new Search(words, "category", filter(text, Set.of(), Set.of(category), null, null, order));
        }
        if (narrowing < 14) {
            List<SiteColumns.SiteColumn> parents = columns.visibleParents();
            long column = parents.get(random.nextInt(parents.size())).id();
            return new Search(words, "column subtree", filter(text, Set.of(column), Set.of(), null, null, order));
        }
        if (narrowing < 20) {
            // A calendar year or one of the twelve quarters the items span.
            boolean year = random.nextBoolean();
            LocalDate from = year ? LocalDate.of(2024 + random.nextInt(3), 1, 1)
                    : LocalDate.of(2023, 10, 1).plusMonths(3L * random.nextInt(12));
            LocalDate to = year ? from.plusYears(1) : from.plusMonths(3);
            return new Search(words, "period", filter(text, Set.of(), Set.of(), from, to, order));
        }
        return new Search(words, order == SearchQuery.Order.NEWEST ? "newest first" : "none",
                filter(text, Set.of(), Set.of(), null, null, order));
    }

    private static ItemSearch.Filter filter(String text, Set<Long> columns, Set<String> categories, LocalDate from,
            LocalDate to, SearchQuery.Order order) {
        return new ItemSearch.Filter(text, columns, categories, Set.of(),
                from == null ? null : from.atStartOfDay(SITE_ZONE).toInstant(),
                to == null ? null : to.atStartOfDay(SITE_ZONE).toInstant(), order);
    }

    private String word(SplittableRandom random) {
        List<String> words = corpus.words();
        int bound = random.nextBoolean() ? Math.min(FREQUENT_WORDS, words.size()) : words.size();
        return words.get(random.nextInt(bound));
    }

    /** What visitors type before choosing a suggestion: the first 1 to 4 characters of a word of a real title. */
    List<String> prefixes(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> titleWords = corpus.titleWords();
        List<String> prefixes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String word = titleWords.get(random.nextInt(titleWords.size()));
            prefixes.add(word.substring(0, 1 + random.nextInt(Math.min(4, word.length()))));
        }
        return prefixes;
    }
}
