package io.lanmu.item;

import io.lanmu.shared.InvalidFields;
import io.lanmu.shared.InvalidFields.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules for the plain-text fields (title, summary, source, author, tags), which clients show as they
 * are, beside sanitized HTML: no control characters (a summary may break lines and use tabs), no bidi
 * overrides or isolates (they make a title read differently from what it is), no lone surrogates
 * (not text at all), and no title that only looks blank (whitespace and zero-width characters).
 */
final class PlainText {

    private final List<FieldError> errors = new ArrayList<>();

    /** Checks the fields of {@code content} as sent, before trimming hides what trimming strips. */
    static void check(ItemContent content) {
        PlainText rules = new PlainText();
        rules.line("title", content.title());
        if (content.title() != null && !content.title().isEmpty() && looksBlank(content.title())) {
            rules.errors.add(new FieldError("title", "title-blank"));
        }
        rules.text("summary", content.summary(), true);
        rules.line("source", content.source());
        rules.line("author", content.author());
        for (int i = 0; i < content.tags().size(); i++) {
            rules.line("tags[" + i + "]", content.tags().get(i));
        }
        if (!rules.errors.isEmpty()) {
            throw new InvalidFields(rules.errors);
        }
    }

    private void line(String field, String value) {
        text(field, value, false);
    }

    private void text(String field, String value, boolean multiline) {
        if (value == null) {
            return;
        }
        String code = firstProblem(value, multiline);
        if (code != null) {
            errors.add(new FieldError(field, code));
        }
    }

    private static String firstProblem(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c)) {
                return "text-lone-surrogate";
            }
            else if (isControl(c) && !(multiline && (c == '\n' || c == '\t'))) {
                return "text-control-character";
            }
            else if (isBidiControl(c)) {
                return "text-bidi-control";
            }
        }
        return null;
    }

    /** C0, DEL and C1. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069. */
    private static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Only whitespace and invisible formatting characters (zero-width space, joiners, BOM...). */
    private static boolean looksBlank(String value) {
        return value.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || cp == 0x3164 || cp == 0x115F || cp == 0x1160);
    }
}
