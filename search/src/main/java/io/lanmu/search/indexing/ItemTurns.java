package io.lanmu.search.indexing;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Whose turn it is to refresh an item, within one instance. A thread that finds the item taken does
 * not wait: it leaves a note that the item changed again, and the thread holding the turn refreshes
 * it once more before letting go. So refreshes of one item never overlap, and no indexing thread ever
 * waits for another.
 */
final class ItemTurns {

    /** Items being refreshed, each with whether it changed again meanwhile. */
    private final ConcurrentMap<Long, Boolean> taken = new ConcurrentHashMap<>();

    /** Takes the turn for the item, or, if another thread has it, notes the change for that thread. */
    boolean take(long itemId) {
        while (true) {
            if (taken.putIfAbsent(itemId, Boolean.FALSE) == null) {
                return true;
            }
            if (taken.replace(itemId, Boolean.TRUE) != null) {
                return false;
            }
            // The holder let go between the two calls: try to take the turn again.
        }
    }

    /**
     * Lets go of the turn, unless the item changed again while it was held: then the turn is kept and the
     * caller refreshes once more.
     */
    boolean release(long itemId) {
        if (taken.remove(itemId, Boolean.FALSE)) {
            return true;
        }
        taken.replace(itemId, Boolean.TRUE, Boolean.FALSE);
        return false;
    }

    /** Lets go of the turn whatever happened meanwhile: the refresh failed and will be tried again as a whole. */
    void abandon(long itemId) {
        taken.remove(itemId);
    }
}
