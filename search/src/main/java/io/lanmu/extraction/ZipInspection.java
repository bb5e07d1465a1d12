package io.lanmu.extraction;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Expands a zip archive into nothing before anyone parses it, counting what comes out, and stops it as a zip bomb at
 * the first entry that expands too many times its size, or once the file's archives together expand too far. Tika
 * cannot be left to do this: it switches off POI's own zip-bomb check (a JVM-wide static setting) in favour of counting
 * the characters it hands out, but some parts are read whole before any are (the content types Tika's detector opens,
 * a workbook's shared strings, by default an entire Word or PowerPoint document), so a bomb in those fills the heap
 * first. The bytes are really expanded rather than their declared sizes trusted, because a crafted archive may state
 * any size it likes; the cost is bounded by the same limits.
 */
final class ZipInspection {

    /** Below this, an entry may expand as many times as it likes: small parts such as styles compress very well. */
    private static final long GRACE_BYTES = 1024 * 1024;

    private final ExtractionLimits limits;
    private final ExtractionGuard guard;
    private final byte[] buffer = new byte[64 * 1024];

    ZipInspection(ExtractionLimits limits, ExtractionGuard guard) {
        this.limits = limits;
        this.guard = guard;
    }

    static boolean isZip(byte[] head, int length) {
        return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /**
     * Inspects the archive the way parsers will read it: by its central directory, or by its entries one after another
     * when the directory is damaged (POI falls back the same way). An archive that cannot be read at all is left to
     * the parser, which will call it corrupt.
     */
    void inspect(Path file) throws ParseStopped {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException damagedDirectory) {
            inspectStream(file);
            return;
        }
        try (zip) {
            inspectDirectory(zip);
        } catch (IOException closing) {
            // nothing was left open that matters
        }
    }

    private void inspectDirectory(ZipFile zip) throws ParseStopped {
        int entries = 0;
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
            ZipEntry entry = all.nextElement();
            countEntry(++entries);
            long compressed = entry.getCompressedSize();
            try (InputStream in = zip.getInputStream(entry)) {
                expand(in, entry.getName(), () -> compressed);
            } catch (IOException damagedEntry) {
                // the parser will find it damaged too; the other entries may still be bombs
            }
        }
    }

    private void inspectStream(Path file) throws ParseStopped {
        try (CountingStream raw = new CountingStream(new BufferedInputStream(Files.newInputStream(file)));
                ZipInputStream zip = new ZipInputStream(raw)) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                countEntry(++entries);
                long start = raw.count;
                expand(zip, entry.getName(), () -> raw.count - start);
            }
        } catch (IOException damaged) {
            // what could be read was inspected; the rest is left to the parser
        }
    }

    private void countEntry(int entries) throws ParseStopped {
        if (entries > limits.maxArchiveEntries()) {
            throw guard.stop(ParseStopped.Reason.TOO_COMPLEX,
                    "The archive has more than %,d entries".formatted(limits.maxArchiveEntries()));
        }
    }

    private void expand(InputStream entry, String name, CompressedSoFar compressed)
            throws IOException, ParseStopped {
        long expanded = 0;
        for (int read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
            guard.checkpoint();
            expanded += read;
            guard.expanded(read);
            if (expanded > GRACE_BYTES && expanded > Math.max(1, compressed.bytes()) * limits.maxCompressionRatio()) {
                throw guard.stop(ParseStopped.Reason.TOO_COMPLEX,
                        "The archive entry %s expands more than %d times its compressed size"
                                .formatted(name, limits.maxCompressionRatio()));
            }
        }
    }

    private interface CompressedSoFar {
        long bytes();
    }

    /** Counts the raw bytes read, which is all that tells the compressed size of an entry read from a stream. */
    private static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
