package io.lanmu.extraction;

/**
 * What a file is, judged by its content first and by its name only where the content leaves the question open
 * (unrecognisable bytes named {@code .docx} are taken for a damaged Word file; text in a legacy encoding named
 * {@code .txt} for text).
 *
 * @param mediaType the media type found, without parameters, e.g. {@code application/pdf}
 * @param nameType the media type the file name's extension stands for; {@code application/octet-stream} when it stands
 *     for none
 * @param verdict whether Lanmu reads such a file
 * @param mislabelled the name stands for another kind of file than the content is: a Word file or an executable named
 *     {@code .pdf}. Another version of the same kind ({@code .docx} content named {@code .doc}) does not count, nor
 *     does a name without a known extension
 * @param message English, for logs and as default wording; translate by {@code verdict}
 */
public record Detection(String mediaType, String nameType, Verdict verdict, boolean mislabelled, String message) {

    /** Whether Lanmu reads a file: the same words as the matching {@link Extraction.Outcome}s. */
    public enum Verdict {
        /** A document of a kind Lanmu reads: PDF, Word, Excel, PowerPoint, WPS, text or HTML. */
        ACCEPTED,
        /** Anything else, named as a document or not: an executable, an image, a plain zip archive. */
        UNSUPPORTED,
        /** A zip archive that would expand beyond the limits: a zip bomb, or too many entries. */
        TOO_COMPLEX
    }

    public boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }
}
