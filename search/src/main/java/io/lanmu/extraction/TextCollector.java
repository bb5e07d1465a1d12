package io.lanmu.extraction;

import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of a parse as it streams by: whitespace normalised on the fly (so a document of blank lines cannot
 * fill the limit), invisible characters dropped, cut at the character limit. Every event is also a checkpoint of the
 * {@link ExtractionGuard}, which is how a timed-out parse learns that it should stop.
 */
final class TextCollector extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "table", "h1", "h2", "h3", "h4",
            "h5", "h6", "pre", "blockquote", "section", "article");
    private static final Set<String> CELLS = Set.of("td", "th");

    private enum Gap {
        NONE, SPACE, LINE
    }

    private final StringBuilder text = new StringBuilder();
    private final int maxCharacters;
    private final ExtractionGuard guard;
    private Gap gap = Gap.NONE;
    private boolean truncated;

    TextCollector(int maxCharacters, ExtractionGuard guard) {
        this.maxCharacters = maxCharacters;
        this.guard = guard;
    }

    String text() {
        return text.toString();
    }

    boolean truncated() {
        return truncated;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws ParseStopped {
        guard.checkpoint();
        for (int i = start; i < start + length; i++) {
            accept(ch[i]);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws ParseStopped {
        characters(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws ParseStopped {
        guard.checkpoint();
        separate(localName);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws ParseStopped {
        guard.checkpoint();
        separate(localName);
    }

    // Tika usually writes a line break after each block itself, but not every parser does.
    private void separate(String element) {
        if (BLOCKS.contains(element)) {
            widen(Gap.LINE);
        } else if (CELLS.contains(element)) {
            widen(Gap.SPACE);
        }
    }

    private void accept(char c) throws ParseStopped {
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
            widen(Gap.LINE);
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            widen(Gap.SPACE);
        } else if (!invisible(c)) {
            append(c);
        }
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private void widen(Gap wider) {
        if (wider.compareTo(gap) > 0) {
            gap = wider;
        }
    }

    /**
     * Appends a character after the pending gap, unless at the start. A high surrogate claims room for its pair, so a
     * cut never splits one; the cut may thus fall a character or two before the limit.
     */
    private void append(char c) throws ParseStopped {
        boolean gapped = gap != Gap.NONE && !text.isEmpty();
        int needed = (gapped ? 1 : 0) + (Character.isHighSurrogate(c) ? 2 : 1);
        if (text.length() + needed > maxCharacters) {
            truncated = true;
            throw guard.stop(ParseStopped.Reason.TEXT_LIMIT, "The text reached " + maxCharacters + " characters");
        }
        if (gapped) {
            text.append(gap == Gap.LINE ? '\n' : ' ');
        }
        gap = Gap.NONE;
        text.append(c);
    }
}
