package io.lanmu.extraction;

import java.time.Duration;

/**
 * How much one extraction may take. A file over any limit gets an outcome saying so instead of text.
 *
 * @param maxFileBytes larger files are refused before anything reads them ({@code TOO_LARGE})
 * @param timeout how long a caller waits for the text, counted from the call, so waiting for a free extraction thread
 *     counts too ({@code TIMED_OUT})
 * @param maxCharacters the text is cut here, after whitespace is normalised, and marked truncated
 * @param maxNestingDepth how deep documents may be embedded in one another (a spreadsheet in a Word file is depth 1)
 *     before the file is refused as {@code TOO_COMPLEX}
 * @param maxExpandedBytes how many bytes the zip archives of one file (an Office Open XML file is one, and so is each
 *     such file embedded in it) may expand to in total ({@code TOO_COMPLEX})
 * @param maxCompressionRatio how many times its compressed size one archive entry may expand to, once it has expanded
 *     past a megabyte; repeated text compresses about a thousand times, ordinary documents rarely a hundred
 * @param maxArchiveEntries how many entries one archive may have
 * @param maxConcurrentExtractions how many files are parsed at once, on threads of their own; a parser that ignores
 *     a timeout keeps its thread until it finishes, so this also bounds how many runaway parses there can be
 */
public record ExtractionLimits(long maxFileBytes, Duration timeout, int maxCharacters, int maxNestingDepth,
        long maxExpandedBytes, int maxCompressionRatio, int maxArchiveEntries, int maxConcurrentExtractions) {

    private static final long MEGABYTE = 1024 * 1024;

    public static final ExtractionLimits DEFAULTS = new ExtractionLimits(50 * MEGABYTE, Duration.ofSeconds(30),
            1_000_000, 5, 512 * MEGABYTE, 200, 10_000, 2);

    public ExtractionLimits {
        requirePositive("maxFileBytes", maxFileBytes);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        requirePositive("maxCharacters", maxCharacters);
        requirePositive("maxNestingDepth", maxNestingDepth);
        requirePositive("maxExpandedBytes", maxExpandedBytes);
        requirePositive("maxCompressionRatio", maxCompressionRatio);
        requirePositive("maxArchiveEntries", maxArchiveEntries);
        requirePositive("maxConcurrentExtractions", maxConcurrentExtractions);
    }

    public ExtractionLimits withMaxFileBytes(long bytes) {
        return new ExtractionLimits(bytes, timeout, maxCharacters, maxNestingDepth, maxExpandedBytes,
                maxCompressionRatio, maxArchiveEntries, maxConcurrentExtractions);
    }

    public ExtractionLimits withTimeout(Duration duration) {
        return new ExtractionLimits(maxFileBytes, duration, maxCharacters, maxNestingDepth, maxExpandedBytes,
                maxCompressionRatio, maxArchiveEntries, maxConcurrentExtractions);
    }

    public ExtractionLimits withMaxCharacters(int characters) {
        return new ExtractionLimits(maxFileBytes, timeout, characters, maxNestingDepth, maxExpandedBytes,
                maxCompressionRatio, maxArchiveEntries, maxConcurrentExtractions);
    }

    public ExtractionLimits withMaxNestingDepth(int depth) {
        return new ExtractionLimits(maxFileBytes, timeout, maxCharacters, depth, maxExpandedBytes,
                maxCompressionRatio, maxArchiveEntries, maxConcurrentExtractions);
    }

    public ExtractionLimits withMaxConcurrentExtractions(int extractions) {
        return new ExtractionLimits(maxFileBytes, timeout, maxCharacters, maxNestingDepth, maxExpandedBytes,
                maxCompressionRatio, maxArchiveEntries, extractions);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
