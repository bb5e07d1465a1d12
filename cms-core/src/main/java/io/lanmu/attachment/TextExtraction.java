package io.lanmu.attachment;

/**
 * What text extraction found in a file.
 *
 * @param outcome a stable code: EXTRACTED, EMPTY, ENCRYPTED, CORRUPT, TOO_LARGE, TIMED_OUT, TOO_COMPLEX,
 *     UNSUPPORTED
 * @param text the text, or {@code null} when there is none
 * @param detectedType the media type found in the content, when known
 */
public record TextExtraction(String outcome, String text, boolean truncated, String detectedType, String message) {
}
