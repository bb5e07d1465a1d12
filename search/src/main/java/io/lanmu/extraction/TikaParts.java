package io.lanmu.extraction;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Tika's default configuration, loaded once per JVM: loading it finds and instantiates every parser on the class path,
 * which takes over a second. Its parser and detectors are thread-safe, so every extractor shares them.
 */
final class TikaParts {

    private static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    private static final AutoDetectParser PARSER = new AutoDetectParser(CONFIG);

    private TikaParts() {
    }

    static AutoDetectParser parser() {
        return PARSER;
    }

    /** Magic bytes, then zip and OLE2 containers opened to tell an Excel file from a Word file. */
    static Detector detector() {
        return CONFIG.getDetector();
    }

    /** Magic bytes only, without opening containers; and the extensions of file names. */
    static MimeTypes mimeTypes() {
        return CONFIG.getMimeRepository();
    }
}
