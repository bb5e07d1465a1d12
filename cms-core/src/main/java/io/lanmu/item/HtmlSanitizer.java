package io.lanmu.item;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Cleans HTML written by people before it is stored: scripts, event handlers, styles and unknown tags
 * go; structure, links, images and tables stay. Nothing raw is ever stored or served.
 */
@Component
public class HtmlSanitizer {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("hr", "figure", "figcaption", "section", "article", "mark", "s", "del", "ins")
            .addAttributes("td", "align", "valign")
            .addAttributes("th", "align", "valign", "scope")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    // Relative links survive only against some base; this one never appears in the output.
    private static final String BASE = "https://lanmu.invalid/";

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, BASE, ALLOWED, COMPACT).trim();
    }

    /** The visible text of sanitized HTML, for plain-text uses such as search and summaries. */
    public String textOf(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
