package io.lanmu.extraction;

import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parser caught in a loop until released: deaf to interruption and silent meanwhile, so no checkpoint can stop it.
 * Once released it writes {@link Documents#SENTENCE}, and from then on it writes it at once.
 */
@SuppressWarnings("serial") // Tika's parsers are Serializable; this one never travels
final class HangingParser implements Parser {

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of();
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws SAXException {
        started.incrementAndGet();
        try {
            while (release.getCount() > 0) {
                // an interrupt only ends one nap early
                LockSupport.parkNanos(1_000_000);
            }
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            xhtml.element("p", Documents.SENTENCE);
            xhtml.endDocument();
        } finally {
            finished.incrementAndGet();
        }
    }

    void release() {
        release.countDown();
    }

    int started() {
        return started.get();
    }

    int stillRunning() {
        return started.get() - finished.get();
    }
}
