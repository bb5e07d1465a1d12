package io.lanmu.search.indexing;

import java.util.List;
import io.lanmu.search.SearchDocument;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents this instance last wrote for recently indexed items, least recently used forgotten
 * first.
 */
final class WrittenDocuments {

    private final Map<Long, List<SearchDocument>> recent;

    WrittenDocuments(int capacity) {
        this.recent = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, List<SearchDocument>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized List<SearchDocument> get(long itemId) {
        return recent.get(itemId);
    }

    synchronized void put(long itemId, List<SearchDocument> documents) {
        recent.put(itemId, documents);
    }

    synchronized void forget(long itemId) {
        recent.remove(itemId);
    }

    synchronized void clear() {
        recent.clear();
    }
}
