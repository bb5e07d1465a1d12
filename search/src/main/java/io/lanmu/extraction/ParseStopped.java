package io.lanmu.extraction;

import org.apache.tika.exception.WriteLimitReachedException;

/**
 * Stops a parse from inside: the text is long enough, the time is up, or the file is a bomb. It is a
 * {@link WriteLimitReachedException} because that is the one exception Tika's parsers pass on from embedded documents
 * and from their per-page error handling instead of swallowing it; any other would be caught and the parse would go on.
 * Nobody relies on it arriving, though: {@link ExtractionGuard} remembers why the parse was stopped.
 */
final class ParseStopped extends WriteLimitReachedException {

    enum Reason {
        TEXT_LIMIT, TIMED_OUT, TOO_COMPLEX
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final String detail;

    ParseStopped(Reason reason, String detail) {
        super(0);
        this.reason = reason;
        this.detail = detail;
    }

    Reason reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return detail;
    }

    /** Thrown again and again from wherever the parser happens to be; a stack trace would only cost. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
