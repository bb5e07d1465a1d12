package io.lanmu.extraction;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.mime.MediaType;

/**
 * The kinds of document Lanmu reads, each with the media types Tika detects for it. Kingsoft WPS files need no types
 * of their own: WPS Office saves Word, Excel and PowerPoint formats (legacy or Open XML) under its extensions
 * {@code .wps}, {@code .et} and {@code .dps}, and Tika detects the format inside. Files in the WPS-only formats of
 * before 2005 are not recognised and come back unsupported.
 */
enum DocumentKind {

    PDF("a PDF document", "application/pdf"),
    WORD("a Word or WPS Writer document", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12", "application/vnd.ms-word.template.macroenabled.12"),
    SPREADSHEET("an Excel or WPS Spreadsheets workbook", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
            "application/vnd.ms-excel.sheet.macroenabled.12", "application/vnd.ms-excel.template.macroenabled.12",
            "application/vnd.ms-excel.sheet.binary.macroenabled.12"),
    PRESENTATION("a PowerPoint or WPS Presentation file", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
            "application/vnd.openxmlformats-officedocument.presentationml.template",
            "application/vnd.ms-powerpoint.presentation.macroenabled.12",
            "application/vnd.ms-powerpoint.slideshow.macroenabled.12",
            "application/vnd.ms-powerpoint.template.macroenabled.12"),
    TEXT("a text file", "text/plain", "text/csv", "text/tab-separated-values"),
    HTML("an HTML page", "text/html", "application/xhtml+xml"),
    /** An encrypted Word, Excel or PowerPoint file: which of them, only the password would tell. */
    PROTECTED_OFFICE("an encrypted Office document", "application/x-tika-ooxml-protected");

    static final String ACCEPTED = "PDF, Word, Excel, PowerPoint, WPS, text or HTML";

    private static final Set<DocumentKind> OFFICE = EnumSet.of(WORD, SPREADSHEET, PRESENTATION);

    private final String description;
    private final Set<MediaType> types;

    DocumentKind(String description, String... types) {
        this.description = description;
        this.types = Arrays.stream(types).map(MediaType::parse).collect(Collectors.toUnmodifiableSet());
    }

    /** The kind of a media type, or {@code null} when Lanmu does not read it. */
    static DocumentKind of(MediaType type) {
        MediaType base = type.getBaseType();
        for (DocumentKind kind : values()) {
            if (kind.types.contains(base)) {
                return kind;
            }
        }
        return null;
    }

    String description() {
        return description;
    }

    /** Whether a file of this kind may carry a name standing for the other kind. */
    boolean fitsName(DocumentKind nameKind) {
        return this == PROTECTED_OFFICE ? OFFICE.contains(nameKind) : this == nameKind;
    }
}
