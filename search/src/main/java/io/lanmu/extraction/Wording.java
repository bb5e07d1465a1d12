package io.lanmu.extraction;

import java.time.Duration;
import java.util.Locale;

/** Sizes and durations in the words messages use. */
final class Wording {

    private Wording() {
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    static String duration(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms"
                : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
