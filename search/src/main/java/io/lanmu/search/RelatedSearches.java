package io.lanmu.search;

import io.lanmu.search.query.QueryUnderstanding;
import io.lanmu.search.query.Understood;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Searches a visitor may mean instead (您是不是要找 / 相关搜索): the query with a dictionary term replaced by its other
 * forms (个税退税 → 个人所得税退税), and earlier visitors' queries that found something and share a word with it. Both
 * come from memory: the successful queries are read from the query log at most every {@link #REREAD} per instance.
 */
@Component
class RelatedSearches {

    private static final Duration REREAD = Duration.ofMinutes(10);
    private static final Duration LOOK_BACK = Duration.ofDays(90);
    private static final int REMEMBERED_QUERIES = 2_000;

    private final QueryUnderstanding understanding;
    private final QueryStatistics statistics;
    private final Clock clock;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Remembered remembered;

    RelatedSearches(QueryUnderstanding understanding, QueryStatistics statistics, Clock clock) {
        this.understanding = understanding;
        this.statistics = statistics;
        this.clock = clock;
    }

    List<String> of(String text, int limit) {
        Understood understood = understanding.understand(text);
        if (understood.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<String> related = new LinkedHashSet<>(fromDictionary(understood));
        related.addAll(fromEarlierQueries(understood));
        related.remove(understood.normalized());
        return related.stream().limit(limit).toList();
    }

    private static List<String> fromDictionary(Understood understood) {
        List<String> rewritten = new ArrayList<>();
        for (Understood.Group group : understood.required()) {
            List<String> forms = group.forms().toList();
            String typed = forms.getFirst();
            if (understood.normalized().contains(typed)) {
                forms.stream().skip(1).forEach(form -> rewritten.add(understood.normalized().replace(typed, form)));
            }
        }
        return rewritten;
    }

    /** Earlier queries holding a searched word, those holding more of them first, then the more frequent. */
    private List<String> fromEarlierQueries(Understood understood) {
        List<String> words = understood.required().stream().flatMap(Understood.Group::forms)
                .filter(form -> form.length() > 1).distinct().toList();
        record Candidate(String query, long shared, int rank) {
        }
        List<QueryStatistics.QueryCount> earlier = successful();
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < earlier.size(); rank++) {
            String query = earlier.get(rank).query();
            long shared = words.stream().filter(query::contains).count();
            if (shared > 0) {
                candidates.add(new Candidate(query, shared, rank));
            }
        }
        return candidates.stream().sorted(Comparator.comparingLong(Candidate::shared).reversed()
                .thenComparingInt(Candidate::rank)).map(Candidate::query).toList();
    }

    private List<QueryStatistics.QueryCount> successful() {
        Remembered known = remembered;
        Instant now = clock.instant();
        if (known != null && known.readAt().plus(REREAD).isAfter(now) && !known.readAt().isAfter(now)) {
            return known.queries();
        }
        if (!reading.tryLock()) {
            return known == null ? List.of() : known.queries();
        }
        try {
            List<QueryStatistics.QueryCount> queries = statistics.successful(now.minus(LOOK_BACK), now.plusSeconds(1),
                    REMEMBERED_QUERIES);
            remembered = new Remembered(queries, now);
            return queries;
        } finally {
            reading.unlock();
        }
    }

    private record Remembered(List<QueryStatistics.QueryCount> queries, Instant readAt) {
    }
}
