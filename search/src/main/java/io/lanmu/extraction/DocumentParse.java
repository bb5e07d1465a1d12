package io.lanmu.extraction;

import java.io.IOException;
import java.nio.file.Path;

import io.lanmu.extraction.Extraction.Outcome;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * One extraction as it runs on an extraction thread: detection (with its zip-bomb inspection), then Tika's parse into
 * a {@link TextCollector}, then the outcome. Whatever stopped the parse through the {@link ExtractionGuard} decides
 * the outcome before any exception the parser turned that into.
 */
final class DocumentParse {

    private final Parser parser;
    private final TypeDetection detection;
    private final ExtractionLimits limits;

    DocumentParse(Parser parser, TypeDetection detection, ExtractionLimits limits) {
        this.parser = parser;
        this.detection = detection;
        this.limits = limits;
    }

    Extraction extract(Path file, String fileName, ExtractionGuard guard) throws IOException {
        Detection detected;
        try {
            detected = detection.detect(file, fileName, guard);
        } catch (ParseStopped stop) {
            return Extraction.failed(Outcome.TIMED_OUT, detection.detectByMagic(file, fileName), stop.getMessage());
        }
        guard.detected(detected);
        return switch (detected.verdict()) {
            case ACCEPTED -> parse(file, fileName, detected, guard);
            case UNSUPPORTED -> Extraction.failed(Outcome.UNSUPPORTED, detected, detected.message());
            case TOO_COMPLEX -> Extraction.failed(Outcome.TOO_COMPLEX, detected, detected.message());
        };
    }

    private Extraction parse(Path file, String fileName, Detection detected, ExtractionGuard guard)
            throws IOException {
        TextCollector text = new TextCollector(limits.maxCharacters(), guard);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        // Opened outside the try: a file that cannot be opened is no fault of the document.
        TikaInputStream in = TikaInputStream.get(file, metadata);
        Throwable failure = null;
        try (in) {
            parser.parse(in, new BodyContentHandler(text), metadata, context(guard));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // Errors too, on purpose: what filled the heap or the stack was most likely this parse, and it is gone now.
            failure = e;
        }
        ParseStopped stop = guard.stopped();
        if (stop != null && stop.reason() == ParseStopped.Reason.TIMED_OUT) {
            return Extraction.failed(Outcome.TIMED_OUT, detected, stop.getMessage());
        }
        if (stop != null && stop.reason() == ParseStopped.Reason.TOO_COMPLEX) {
            return Extraction.failed(Outcome.TOO_COMPLEX, detected, stop.getMessage());
        }
        if (failure != null && stop == null) {
            return ParseFailures.outcomeOf(failure, detected);
        }
        return withText(text, detected, DocumentMetadata.of(metadata));
    }

    private Extraction withText(TextCollector text, Detection detected, DocumentMetadata metadata) {
        String collected = text.text();
        if (collected.isEmpty()) {
            return Extraction.empty(detected, metadata,
                    "The document has no text; a scanned document is only images, and Lanmu does no OCR");
        }
        return Extraction.extracted(collected, text.truncated(), detected, metadata, limits.maxCharacters());
    }

    private ParseContext context(ExtractionGuard guard) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, new GuardedEmbeddedExtractor(context, limits, guard));
        OfficeParserConfig office = new OfficeParserConfig();
        // Tika loads a whole .docx or .pptx into a DOM by default; streaming keeps a large one from filling the heap.
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        // Were Tesseract ever installed on a server, OCR would take minutes per scanned document and blow the timeout.
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        return context;
    }
}
