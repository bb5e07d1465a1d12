package io.lanmu.extraction;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What a document says about itself, where it says it.
 *
 * @param title the title stored in the document's properties, or {@code null}
 * @param author the first author stored there, or {@code null}
 * @param pageCount pages (slides of a presentation) as the document records them, or {@code null}; Word files
 *     record the count Word last saw, not a fresh layout
 */
record DocumentMetadata(String title, String author, Integer pageCount) {

    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null);

    static DocumentMetadata of(Metadata metadata) {
        Integer pages = firstInteger(metadata, PagedText.N_PAGES, Office.PAGE_COUNT, Office.SLIDE_COUNT);
        return new DocumentMetadata(text(metadata, TikaCoreProperties.TITLE), text(metadata,
                TikaCoreProperties.CREATOR), pages);
    }

    private static String text(Metadata metadata, Property property) {
        String value = metadata.get(property);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer firstInteger(Metadata metadata, Property... properties) {
        for (Property property : properties) {
            Integer value = metadata.getInt(property);
            if (value != null && value > 0) {
                return value;
            }
        }
        return null;
    }
}
