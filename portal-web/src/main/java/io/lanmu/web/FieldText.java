package io.lanmu.web;

/**
 * What kind of text a field holds, for the OpenAPI descriptions: clients must escape plain text and
 * may insert sanitized HTML as it is. Both kinds appear side by side in the same answers.
 */
public final class FieldText {

    public static final String PLAIN = "Plain text, not HTML: escape it when showing it in a page. Contains no "
            + "control characters (a summary may hold line breaks and tabs), no bidi overrides or isolates and no "
            + "lone surrogates.";

    public static final String HTML = "Sanitized HTML (an allow-list of tags and attributes; no scripts, event "
            + "handlers or javascript: links); may be inserted into a page as it is.";

    public static final String HIGHLIGHTS = "Per field, fragments of sanitized HTML: the field's text escaped, "
            + "with the matches wrapped in <em>.";

    private FieldText() {
    }
}
