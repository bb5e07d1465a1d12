package io.lanmu.column;

import io.lanmu.shared.Conflict;
import io.lanmu.shared.InvalidInput;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The rules a column's name, slug and link must follow.
 */
class ColumnRules {

    static final int MAX_NAME = 100;
    static final int MAX_SLUG = 64;
    // Lower-case ASCII keeps paths readable in URLs and safe inside LIKE patterns (no '%' or '_').
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "column-name-required", "A column needs a name");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidInput("name", "column-name-too-long", "A column name has at most " + MAX_NAME
                    + " characters", MAX_NAME);
        }
    }

    void checkSlug(String slug) {
        if (slug == null || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
            throw new InvalidInput("slug", "column-slug-invalid",
                    "A slug has 1 to 64 lower-case letters, digits and single hyphens, such as tzgg or news-2026",
                    MAX_SLUG);
        }
    }

    void checkLink(ColumnKind kind, String linkUrl) {
        boolean hasLink = linkUrl != null && !linkUrl.isBlank();
        if (kind == ColumnKind.LINK && (!hasLink || !isWebAddress(linkUrl))) {
            throw new InvalidInput("linkUrl", "column-link-invalid",
                    "A link column needs an http or https address");
        }
        if (kind != ColumnKind.LINK && hasLink) {
            throw new InvalidInput("linkUrl", "column-link-not-allowed", "Only a link column has an address");
        }
    }

    void checkPathFree(Columns columns, String path, Long exceptId) {
        columns.findByPath(path).filter(other -> !other.getId().equals(exceptId)).ifPresent(other -> {
            throw new Conflict("column-slug-taken", "Another column at this level already uses the slug in " + path,
                    path);
        });
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = URI.create(value.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }
}
