package io.lanmu.search;

import io.lanmu.search.query.Synonym;
import io.lanmu.search.query.SynonymDictionary;
import io.lanmu.shared.Actor;
import io.lanmu.shared.Conflict;
import io.lanmu.shared.InvalidInput;
import io.lanmu.shared.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The synonym dictionary searches use: the shipped entries and those admins added, kept in the database. Searches read
 * it from memory; a change made here applies to the next search at once, and one made on another instance within
 * {@link SearchProperties#synonymRefresh()}, when the dictionary's version row is read again (never more often, so a
 * search costs no database round trip but that one).
 */
@Component
public class SearchSynonyms implements Supplier<SynonymDictionary> {

    static final int MAX_TERM = 50;
    static final int MAX_ALTERNATIVES = 8;
    static final int MAX_SOURCE = 200;
    /** Never a version the database holds, so the next check reads the entries. */
    private static final long UNKNOWN_VERSION = -1;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final long refreshNanos;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Snapshot current;

    SearchSynonyms(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, ApplicationEventPublisher events,
            SearchProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
        this.refreshNanos = properties.synonymRefresh().toNanos();
    }

    /** The dictionary of now; reads the version row at most once per refresh interval, one search at a time. */
    @Override
    public SynonymDictionary get() {
        Snapshot known = current;
        if (known != null && System.nanoTime() - known.checkedAt() < refreshNanos) {
            return known.dictionary();
        }
        if (known != null && !reading.tryLock()) {
            return known.dictionary();
        }
        if (known == null) {
            reading.lock();
        }
        try {
            return refresh().dictionary();
        } catch (DataAccessException unreachable) {
            // Searching must not depend on the database: keep what is known (at first, the shipped entries) and
            // try again after the interval.
            Snapshot kept = known != null ? known.checkedNow()
                    : new Snapshot(UNKNOWN_VERSION, SynonymDictionary.shipped(), System.nanoTime());
            current = kept;
            return kept.dictionary();
        } finally {
            reading.unlock();
        }
    }

    /** The shipped entries (without id) and the added ones. */
    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        SynonymDictionary.shippedEntries().forEach(shipped -> entries.add(new Entry(null, shipped.term(),
                shipped.alternatives(), shipped.source(), null, null)));
        entries.addAll(added());
        return entries;
    }

    /**
     * Adds an entry; a term without alternatives is a word searched as written (a place or programme name).
     *
     * @throws InvalidInput when the term is blank or too long, or there are too many or too long alternatives
     * @throws Conflict when an added entry has that term already
     */
    public Entry add(String term, List<String> alternatives, String source, Actor actor) {
        Synonym synonym = validated(term, alternatives, source);
        Instant now = clock.instant();
        Long id = transactions.execute(status -> {
            Integer taken = jdbc.queryForObject("select count(*) from search_synonym where term = ?", Integer.class,
                    synonym.term());
            if (taken != null && taken > 0) {
                throw new Conflict("synonym-exists", "There is a synonym entry for " + synonym.term() + " already",
                        synonym.term());
            }
            jdbc.update("insert into search_synonym (term, alternatives, source, added_by, added_at) values (?, ?, ?, ?, ?)",
                    synonym.term(), String.join("|", synonym.alternatives()), synonym.source(), actor.username(),
                    Timestamp.from(now));
            long added = jdbc.queryForObject("select id from search_synonym where term = ?", Long.class,
                    synonym.term());
            changed(new SynonymsChanged(now, actor.userId(), actor.username(), added, "added " + synonym.term()));
            return added;
        });
        refresh();
        return new Entry(id, synonym.term(), synonym.alternatives(), synonym.source(), actor.username(), now);
    }

    /** @throws NotFound when no added entry has that id (shipped entries cannot be removed) */
    public void remove(long id, Actor actor) {
        transactions.executeWithoutResult(status -> {
            List<String> terms = jdbc.queryForList("select term from search_synonym where id = ?", String.class, id);
            if (terms.isEmpty() || jdbc.update("delete from search_synonym where id = ?", id) == 0) {
                throw new NotFound("synonym-not-found", "There is no added synonym entry " + id, id);
            }
            changed(new SynonymsChanged(clock.instant(), actor.userId(), actor.username(), id,
                    "removed " + terms.getFirst()));
        });
        refresh();
    }

    /** Counts up the version other instances check, and tells this one (audit, kept answers) in the transaction. */
    private void changed(SynonymsChanged event) {
        jdbc.update("update search_dictionary_version set version = version + 1 where id = 1");
        events.publishEvent(event);
    }

    private Snapshot refresh() {
        Long version = jdbc.queryForObject("select version from search_dictionary_version where id = 1", Long.class);
        Snapshot known = current;
        Snapshot fresh = known != null && known.version() == version ? known.checkedNow()
                : new Snapshot(version, SynonymDictionary.shippedWith(added().stream().map(Entry::synonym).toList()),
                        System.nanoTime());
        current = fresh;
        return fresh;
    }

    private List<Entry> added() {
        return jdbc.query("select id, term, alternatives, source, added_by, added_at from search_synonym order by id",
                (row, index) -> new Entry(row.getLong("id"), row.getString("term"),
                        Arrays.stream(row.getString("alternatives").split("\\|")).filter(a -> !a.isEmpty()).toList(),
                        row.getString("source"), row.getString("added_by"), row.getTimestamp("added_at").toInstant()));
    }

    private static Synonym validated(String term, List<String> alternatives, String source) {
        List<String> given = alternatives == null ? List.of() : alternatives;
        Synonym synonym = new Synonym(term == null ? "" : term, given, source == null ? "" : source.strip());
        if (synonym.term().length() < 2 || synonym.term().length() > MAX_TERM || synonym.term().contains("|")) {
            throw new InvalidInput("term", "synonym-term-invalid",
                    "A term has 2 to " + MAX_TERM + " characters, without |", MAX_TERM);
        }
        if (synonym.alternatives().size() > MAX_ALTERNATIVES || synonym.alternatives().stream()
                .anyMatch(alternative -> alternative.length() > MAX_TERM || alternative.contains("|"))) {
            throw new InvalidInput("alternatives", "synonym-alternatives-invalid", "An entry has at most "
                    + MAX_ALTERNATIVES + " alternatives of up to " + MAX_TERM + " characters, without |",
                    MAX_ALTERNATIVES, MAX_TERM);
        }
        if (synonym.source().isEmpty() || synonym.source().length() > MAX_SOURCE) {
            throw new InvalidInput("source", "synonym-source-invalid",
                    "Say where the entry comes from, in up to " + MAX_SOURCE + " characters", MAX_SOURCE);
        }
        return synonym;
    }

    /**
     * An entry of the dictionary.
     *
     * @param id null for a shipped entry
     * @param addedBy and {@code addedAt}: null for a shipped entry
     */
    public record Entry(Long id, String term, List<String> alternatives, String source, String addedBy,
            Instant addedAt) {

        Synonym synonym() {
            return new Synonym(term, alternatives, source);
        }
    }

    private record Snapshot(long version, SynonymDictionary dictionary, long checkedAt) {

        Snapshot checkedNow() {
            return new Snapshot(version, dictionary, System.nanoTime());
        }
    }
}
