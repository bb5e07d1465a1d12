package io.lanmu.search.elasticsearch;

import java.util.function.Supplier;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.lanmu.search.SearchUnavailable;

/** Turns every failure to reach or use the cluster into the port's {@link SearchUnavailable}. */
final class Guard {

    private Guard() {
    }

    /**
     * Runs {@code work}; on failure runs {@code afterFailure}, then throws {@link SearchUnavailable}.
     *
     * @param what what the work does, for the message: "search", "index documents"
     */
    static <T> T call(String what, Supplier<T> work, Runnable afterFailure) {
        try {
            return work.get();
        } catch (SearchUnavailable e) {
            afterFailure.run();
            throw e;
        } catch (RuntimeException e) {
            // Spring Data translates the client's failures (connection refused, timeouts, rejected requests) into
            // DataAccessExceptions; anything else from below means the same to a caller: search cannot serve now.
            afterFailure.run();
            throw new SearchUnavailable("Elasticsearch could not " + what + ": " + e.getMessage() + rootCauses(e), e);
        }
    }

    /** What the cluster said went wrong, which the client's own message leaves out ("all shards failed"). */
    private static String rootCauses(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ElasticsearchException refused && refused.error() != null) {
                return refused.error().rootCause().stream()
                        .map(root -> root.type() + ": " + root.reason())
                        .collect(Collectors.joining("; ", " (", ")"));
            }
        }
        return "";
    }
}
