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
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Searches a visitor may mean instead (您是不是要找 / 相关搜索): the query with a dictionary term replaced by its other
 * forms (个税退税 → 个人所得税退税), and earlier visitors' queries that found something and share a word with it. Both
 * come from memory: the successful queries are read from the query log at most every {@link #REREAD} per instance.
 */
@Component
class RelatedSearches {

    private static final Logger log = LoggerFactory.getLogger(RelatedSearches.class);

    private static final Duration REREAD = Duration.ofMinutes(10);
    private static final Duration LOOK_BACK = Duration.ofDays(90);
    private static final int REMEMBERED_QUERIES = 2_000;
    /**
     * Only queries many visitors made are shown to others, and only short ones without long numbers: a query one
     * visitor typed may hold a name or a number of theirs, and planted slogans should not reach the page.
     */
    private static final int MIN_SEARCHES = 5;
    private static final int MAX_SHOWN_LENGTH = 20;
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{4,}");

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
            if (!showable(earlier.get(rank))) {
                continue;
            }
            long shared = words.stream().filter(query::contains).count();
            if (shared > 0) {
                candidates.add(new Candidate(query, shared, rank));
            }
        }
        return candidates.stream().sorted(Comparator.comparingLong(Candidate::shared).reversed()
                .thenComparingInt(Candidate::rank)).map(Candidate::query).toList();
    }

    private static boolean showable(QueryStatistics.QueryCount earlier) {
        return earlier.searches() >= MIN_SEARCHES && earlier.query().length() <= MAX_SHOWN_LENGTH
                && !LONG_NUMBER.matcher(earlier.query()).find();
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
        }
        catch (DataAccessException e) {
            // Searching goes on without the database; its suggestions wait for the next read.
            log.debug("Earlier queries cannot be read for related searches: {}", e.getMessage());
            List<QueryStatistics.QueryCount> kept = known == null ? List.of() : known.queries();
            remembered = new Remembered(kept, now);
            return kept;
        }
        finally {
            reading.unlock();
        }
    }

    private record Remembered(List<QueryStatistics.QueryCount> queries, Instant readAt) {
    }
}
