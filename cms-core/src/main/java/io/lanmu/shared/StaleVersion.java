package io.lanmu.shared;

import java.util.Map;

/**
 * A save was based on an older version than the one stored: somebody else saved in between. The
 * caller gets the current version so it can reload, merge and try again; nothing is overwritten.
 */
public class StaleVersion extends Conflict {

    private final long currentVersion;

    public StaleVersion(String subject, long id, long sentVersion, long currentVersion) {
        super("stale-version", "%s %d was changed by someone else: you sent version %d, the current version is %d"
                .formatted(subject, id, sentVersion, currentVersion), subject, id, sentVersion, currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentVersion", currentVersion);
    }

    /** Refuses a change based on {@code sent} when the stored version is {@code current}. */
    public static void check(String subject, long id, Long sent, long current) {
        if (sent != null && sent != current) {
            throw new StaleVersion(subject, id, sent, current);
        }
    }
}
