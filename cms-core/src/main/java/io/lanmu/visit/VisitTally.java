package io.lanmu.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What this instance counted since its last flush, in memory: views by day, column and item; views by day and
 * referring domain; the visitor hashes of each day not yet written. Bounded: past {@code max-keys} or
 * {@code max-referrers} new keys are dropped instead of growing the heap.
 */
@Component
class VisitTally {

    private final Map<ViewKey, AtomicLong> views = new ConcurrentHashMap<>();
    private final Map<ReferrerKey, AtomicLong> referrers = new ConcurrentHashMap<>();
    private final Map<LocalDate, Set<String>> visitors = new ConcurrentHashMap<>();
    private final int maxKeys;
    private final int maxReferrers;

    VisitTally(VisitProperties properties) {
        this.maxKeys = properties.maxKeys();
        this.maxReferrers = properties.maxReferrers();
    }

    void count(LocalDate day, PageView view, String visitor, String referrerDomain) {
        ViewKey key = new ViewKey(day, view.columnId() == null ? 0 : view.columnId(),
                view.itemId() == null ? 0 : view.itemId());
        counter(views, key, maxKeys).ifPresent(AtomicLong::incrementAndGet);
        if (visitor != null) {
            Set<String> hashes = visitors.computeIfAbsent(day, d -> ConcurrentHashMap.newKeySet());
            if (hashes.size() < maxKeys) {
                hashes.add(visitor);
            }
        }
        if (referrerDomain != null) {
            counter(referrers, new ReferrerKey(day, referrerDomain), maxReferrers).ifPresent(AtomicLong::incrementAndGet);
        }
    }

    private static <K> java.util.Optional<AtomicLong> counter(Map<K, AtomicLong> counters, K key, int max) {
        AtomicLong counter = counters.get(key);
        if (counter == null && counters.size() >= max) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(counter != null ? counter : counters.computeIfAbsent(key, k -> new AtomicLong()));
    }

    /** Takes the views counted so far; what is counted meanwhile stays for the next flush. */
    List<Counted<ViewKey>> takeViews() {
        return take(views);
    }

    List<Counted<ReferrerKey>> takeReferrers() {
        return take(referrers);
    }

    /** Takes the visitor hashes of every day, removing them from memory. */
    Map<LocalDate, List<String>> takeVisitors() {
        Map<LocalDate, List<String>> taken = new java.util.HashMap<>();
        for (LocalDate day : List.copyOf(visitors.keySet())) {
            Set<String> hashes = visitors.remove(day);
            if (hashes != null && !hashes.isEmpty()) {
                taken.put(day, List.copyOf(hashes));
            }
        }
        return taken;
    }

    /** Puts back what could not be written, to be tried with the next flush. */
    void giveBackViews(List<Counted<ViewKey>> counted) {
        counted.forEach(c -> views.computeIfAbsent(c.key(), k -> new AtomicLong()).addAndGet(c.count()));
    }

    void giveBackReferrers(List<Counted<ReferrerKey>> counted) {
        counted.forEach(c -> referrers.computeIfAbsent(c.key(), k -> new AtomicLong()).addAndGet(c.count()));
    }

    void giveBackVisitors(LocalDate day, List<String> hashes) {
        visitors.computeIfAbsent(day, d -> ConcurrentHashMap.newKeySet()).addAll(hashes);
    }

    private static <K> List<Counted<K>> take(Map<K, AtomicLong> counters) {
        List<Counted<K>> taken = new ArrayList<>();
        counters.forEach((key, counter) -> {
            long count = counter.getAndSet(0);
            if (count > 0) {
                taken.add(new Counted<>(key, count));
            }
            else {
                // Idle since the last flush: freed. A view racing this removal is lost, one in a great many.
                counters.remove(key, counter);
            }
        });
        return taken;
    }

    record ViewKey(LocalDate day, long columnId, long itemId) {
    }

    record ReferrerKey(LocalDate day, String domain) {
    }

    record Counted<K>(K key, long count) {
    }
}
