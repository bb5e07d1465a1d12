package io.lanmu.extraction;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses documents embedded in the one being extracted (a workbook in a Word file, a zip entry), as Tika would, but
 * refuses to go deeper than {@link ExtractionLimits#maxNestingDepth()} and inspects every embedded zip archive before
 * it is parsed: the inspection of the outer file cannot see inside an archive stored within it.
 */
final class GuardedEmbeddedExtractor implements EmbeddedDocumentExtractor {

    private final ParsingEmbeddedDocumentExtractor tika;
    private final ExtractionLimits limits;
    private final ExtractionGuard guard;
    private int depth;

    GuardedEmbeddedExtractor(ParseContext context, ExtractionLimits limits, ExtractionGuard guard) {
        this.tika = new ParsingEmbeddedDocumentExtractor(context);
        // Tika would add each embedded file's name to the text: image1.png is nothing to search for.
        this.tika.setWriteFileNameToContent(false);
        this.limits = limits;
        this.guard = guard;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return tika.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        guard.checkpoint();
        if (depth >= limits.maxNestingDepth()) {
            throw guard.stop(ParseStopped.Reason.TOO_COMPLEX,
                    "Documents are embedded in one another more than %d levels deep".formatted(
                            limits.maxNestingDepth()));
        }
        try (TemporaryResources temporary = new TemporaryResources()) {
            TikaInputStream in = TikaInputStream.get(stream, temporary, metadata);
            byte[] head = new byte[4];
            if (ZipInspection.isZip(head, in.peek(head))) {
                new ZipInspection(limits, guard).inspect(in.getPath());
            }
            depth++;
            try {
                tika.parseEmbedded(in, handler, metadata, outputHtml);
            } finally {
                depth--;
            }
        }
    }
}
