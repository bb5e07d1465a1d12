package io.lanmu.extraction;

/**
 * What extracting the text of one file came to. Only {@link Outcome#EXTRACTED} carries text.
 *
 * @param outcome a stable code; translate by it
 * @param text the document's text with whitespace normalised (runs of blanks become one space, runs with a line break
 *     one line break), or {@code null} unless extracted
 * @param truncated the text stops at {@link ExtractionLimits#maxCharacters()} and the document goes on
 * @param detection what the file was found to be
 * @param metadata what the document says about itself; {@link DocumentMetadata#NONE} unless it was parsed
 * @param message English, for logs and as default wording
 */
public record Extraction(Outcome outcome, String text, boolean truncated, Detection detection,
        DocumentMetadata metadata, String message) {

    /** How an extraction ended. The names are stable codes, stored and translated by the caller. */
    public enum Outcome {
        /** Text was found; maybe {@code truncated}. */
        EXTRACTED,
        /** A readable document without text, such as a scanned PDF (Lanmu does no OCR), or an empty file. */
        EMPTY,
        /** Over {@link ExtractionLimits#maxFileBytes()}; refused without parsing. */
        TOO_LARGE,
        /** Protected by a password: a PDF with a user password, an encrypted Office file. */
        ENCRYPTED,
        /** Of a kind Lanmu reads, but damaged, cut short or not what its name claims and nothing else either. */
        CORRUPT,
        /** Not done within {@link ExtractionLimits#timeout()}, or no extraction thread came free in time. */
        TIMED_OUT,
        /** Expands or nests beyond the limits: a zip bomb, documents embedded too deeply, a parser out of memory. */
        TOO_COMPLEX,
        /** Not a document Lanmu reads, whatever its name says. */
        UNSUPPORTED
    }

    public Extraction {
        if (metadata == null) {
            metadata = DocumentMetadata.NONE;
        }
    }

    /** The media type found, e.g. {@code application/pdf}. */
    public String mediaType() {
        return detection.mediaType();
    }

    static Extraction extracted(String text, boolean truncated, Detection detection, DocumentMetadata metadata,
            int maxCharacters) {
        String message = truncated ? "Only the first %,d characters of the text are kept".formatted(maxCharacters)
                : "%,d characters of text".formatted(text.length());
        return new Extraction(Outcome.EXTRACTED, text, truncated, detection, metadata, message);
    }

    static Extraction empty(Detection detection, DocumentMetadata metadata, String message) {
        return new Extraction(Outcome.EMPTY, null, false, detection, metadata, message);
    }

    static Extraction failed(Outcome outcome, Detection detection, String message) {
        return new Extraction(outcome, null, false, detection, DocumentMetadata.NONE, message);
    }
}
