package io.lanmu.extraction;

import java.util.Locale;

import io.lanmu.extraction.Extraction.Outcome;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * Turns what a parser threw into an outcome. Tika wraps the parsers' own exceptions, often twice, so the whole chain
 * of causes is searched. Whatever is not recognised means the file could not be read as what it was detected to be.
 */
final class ParseFailures {

    private static final int MAX_DETAIL = 200;

    private ParseFailures() {
    }

    static Extraction outcomeOf(Throwable failure, Detection detected) {
        if (causedBy(failure, EncryptedDocumentException.class) || causedBy(failure, AccessPermissionException.class)) {
            return Extraction.failed(Outcome.ENCRYPTED, detected,
                    "The document is protected by a password, so its text cannot be read");
        }
        if (causedBy(failure, ZeroByteFileException.class)) {
            return Extraction.empty(detected, DocumentMetadata.NONE, "The file is empty");
        }
        if (failure instanceof OutOfMemoryError || failure instanceof StackOverflowError
                || causedBy(failure, TikaMemoryLimitException.class) || mentionsZipBomb(failure)) {
            return Extraction.failed(Outcome.TOO_COMPLEX, detected,
                    "The document is too complex to read: " + detail(failure));
        }
        return Extraction.failed(Outcome.CORRUPT, detected,
                "The file could not be read as %s; it may be damaged or incomplete (%s)".formatted(
                        detected.mediaType(), detail(failure)));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Tika's own zip-bomb check (counting output characters per input byte) says so only in its message. */
    private static boolean mentionsZipBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, which names the actual problem; the outer ones name Tika's parser classes. */
    private static String detail(Throwable failure) {
        String detail = failure.getClass().getSimpleName();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                detail = cause.getMessage().strip();
            }
        }
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }
}
