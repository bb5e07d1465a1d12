package io.lanmu.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.lanmu.extraction.Extraction.Outcome;
import org.apache.tika.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells what a file is and extracts its text, with Apache Tika, within {@link ExtractionLimits}. Thread-safe; one
 * instance serves the application, and {@link #close()} stops its extraction threads.
 *
 * <p>A bad file never makes it throw: damaged, encrypted, oversized, hostile or unreadable documents each come back as
 * an {@link Extraction.Outcome}. It throws only when the file itself cannot be read (missing, no permission), which is
 * no fault of the document and may pass, when the waiting caller is interrupted, and once it is closed.
 */
public final class TextExtractor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    private final ExtractionLimits limits;
    private final TypeDetection detection;
    private final DocumentParse parse;
    private final ExtractionThreads threads;

    public TextExtractor(ExtractionLimits limits) {
        this(limits, TikaParts.parser());
    }

    /** With another parser than Tika's configured one: for tests of parsers that misbehave. */
    TextExtractor(ExtractionLimits limits, Parser parser) {
        this.limits = limits;
        this.detection = new TypeDetection(limits);
        this.parse = new DocumentParse(parser, detection, limits);
        this.threads = new ExtractionThreads(limits.maxConcurrentExtractions());
    }

    /**
     * Tells what a file is by its content and name, to refuse non-documents before they are stored. Reads the first
     * bytes, opens zip and OLE2 containers far enough to tell Word from Excel, and expands zip archives without
     * keeping anything to make sure they are no bombs: fast for documents, bounded by the limits for anything else.
     *
     * @param fileName the name the file was uploaded under; only its extension matters
     */
    public Detection detect(Path file, String fileName) {
        try {
            return detection.detect(file, fileName, ExtractionGuard.withoutDeadline(limits));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (ParseStopped impossible) {
            throw new IllegalStateException("Detection without a deadline timed out", impossible);
        }
    }

    /**
     * Extracts the text of a file, on an extraction thread, waiting for it no longer than the timeout.
     *
     * @param fileName the name the file was uploaded under; it refines what the content leaves open
     * @throws UncheckedIOException when the file cannot be read at all
     * @throws CancellationException when the calling thread is interrupted while waiting (its flag is set again)
     * @throws IllegalStateException once the extractor is closed
     */
    public Extraction extract(Path file, String fileName) {
        long size = sizeOf(file);
        if (size > limits.maxFileBytes()) {
            return Extraction.failed(Outcome.TOO_LARGE, detectByMagic(file, fileName),
                    "The file is %s, more than the %s limit for text extraction".formatted(Wording.size(size),
                            Wording.size(limits.maxFileBytes())));
        }
        if (size == 0) {
            return Extraction.empty(detectByMagic(file, fileName), DocumentMetadata.NONE, "The file is empty");
        }
        ExtractionGuard guard = ExtractionGuard.startingNow(limits);
        return await(start(file, fileName, guard), file, fileName, guard);
    }

    @Override
    public void close() {
        threads.close();
    }

    private Future<Extraction> start(Path file, String fileName, ExtractionGuard guard) {
        try {
            return threads.submit(() -> {
                guard.markStarted();
                try {
                    return parse.extract(file, fileName, guard);
                } finally {
                    reportIfAbandoned(fileName, guard);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("The text extractor is closed", e);
        }
    }

    private Extraction await(Future<Extraction> task, Path file, String fileName, ExtractionGuard guard) {
        try {
            return task.get(Math.max(0, guard.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            guard.abandon();
            threads.abandon(task);
            return timedOut(file, fileName, guard);
        } catch (InterruptedException e) {
            guard.abandon();
            threads.abandon(task);
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while extracting the text of " + fileName);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException unreadable) {
                throw new UncheckedIOException("Cannot read " + file, unreadable);
            }
            throw new IllegalStateException("Extracting the text of " + fileName + " failed", e.getCause());
        }
    }

    private Extraction timedOut(Path file, String fileName, ExtractionGuard guard) {
        Detection detected = guard.detection() != null ? guard.detection() : detectByMagic(file, fileName);
        String message = guard.started() ? guard.timedOutMessage()
                : "No extraction thread came free within %s (%d of %d busy, maybe with parses deaf to their timeout)"
                        .formatted(Wording.duration(limits.timeout()), threads.busy(),
                                limits.maxConcurrentExtractions());
        log.warn("Text extraction of {} ({}) timed out: {}", fileName, detected.mediaType(), message);
        return Extraction.failed(Outcome.TIMED_OUT, detected, message);
    }

    /** A parse deaf to its timeout ends some time later, if ever; how much later tells whether the pool is at risk. */
    private static void reportIfAbandoned(String fileName, ExtractionGuard guard) {
        if (guard.abandoned()) {
            log.info("The abandoned text extraction of {} ended after {}", fileName,
                    Wording.duration(guard.elapsed()));
        }
    }

    private Detection detectByMagic(Path file, String fileName) {
        try {
            return detection.detectByMagic(file, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
