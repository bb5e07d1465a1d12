package io.lanmu.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import io.lanmu.extraction.Detection.Verdict;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes, and from its name only where the bytes leave the question open. Tika's
 * detector is asked about the content without the name, because with the name it gives a different answer only where
 * the name refines the content, and that rule is applied here with two exceptions: a zip archive that Tika opened and
 * found no Office document in stays a zip archive whatever it is named, and bytes that are not text do not become
 * text by being named {@code .txt}.
 */
final class TypeDetection {

    private static final MediaType ZIP = MediaType.application("zip");
    private static final int HEAD_BYTES = 8192;
    /** WPS saves Word, Excel and PowerPoint formats under its own extensions, which Tika does not know. */
    private static final Map<String, MediaType> KINGSOFT_EXTENSIONS = Map.of(
            "wps", MediaType.application("msword"), "wpt", MediaType.application("msword"),
            "et", MediaType.application("vnd.ms-excel"), "ett", MediaType.application("vnd.ms-excel"),
            "dps", MediaType.application("vnd.ms-powerpoint"), "dpt", MediaType.application("vnd.ms-powerpoint"));

    private final Detector detector;
    private final MimeTypes mimeTypes;
    private final MediaTypeRegistry registry;
    private final ExtractionLimits limits;

    TypeDetection(ExtractionLimits limits) {
        this.detector = TikaParts.detector();
        this.mimeTypes = TikaParts.mimeTypes();
        this.registry = mimeTypes.getMediaTypeRegistry();
        this.limits = limits;
    }

    /**
     * Detects thoroughly: a zip archive is inspected for bombs before Tika's detector opens it, because opening it
     * means parsing some of its parts.
     */
    Detection detect(Path file, String fileName, ExtractionGuard guard) throws IOException, ParseStopped {
        return detect(file, fileName, guard, true);
    }

    /** Detects by magic bytes alone, for files too large to look into. */
    Detection detectByMagic(Path file, String fileName) throws IOException {
        try {
            return detect(file, fileName, null, false);
        } catch (ParseStopped impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Detection detect(Path file, String fileName, ExtractionGuard guard, boolean thorough)
            throws IOException, ParseStopped {
        MediaType byName = typeOfName(fileName);
        MediaType byContent;
        boolean looksLikeText;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            byte[] head = new byte[HEAD_BYTES];
            int length = Math.max(0, in.peek(head));
            if (thorough && ZipInspection.isZip(head, length)) {
                try {
                    new ZipInspection(limits, guard).inspect(file);
                } catch (ParseStopped stop) {
                    if (stop.reason() != ParseStopped.Reason.TOO_COMPLEX) {
                        throw stop;
                    }
                    return new Detection(ZIP.toString(), byName.toString(), Verdict.TOO_COMPLEX, false,
                            stop.getMessage());
                }
            }
            byContent = thorough ? detectContent(file, in) : byMagic(in);
            looksLikeText = looksLikeText(head, length);
        }
        MediaType type = refines(byName, byContent, thorough, looksLikeText) ? byName : byContent;
        return judge(type, byName, fileName);
    }

    private MediaType detectContent(Path file, TikaInputStream in) throws IOException {
        try {
            return detector.detect(in, new Metadata()).getBaseType();
        } catch (RuntimeException crafted) {
            // Container detectors parse part of the file; where a crafted one breaks them, magic bytes answer.
            try (TikaInputStream again = TikaInputStream.get(file)) {
                return byMagic(again);
            }
        }
    }

    private MediaType byMagic(TikaInputStream in) throws IOException {
        return mimeTypes.detect(in, new Metadata()).getBaseType();
    }

    private MediaType typeOfName(String fileName) throws IOException {
        String name = fileName == null ? "" : fileName.strip();
        MediaType kingsoft = KINGSOFT_EXTENSIONS.get(extension(name));
        if (kingsoft != null) {
            return kingsoft;
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return mimeTypes.detect(null, named).getBaseType();
    }

    /** Magic bytes alone say zip for every Office Open XML file; only the opened container can rule that out. */
    private boolean refines(MediaType byName, MediaType byContent, boolean thorough, boolean looksLikeText) {
        if ((thorough && byContent.equals(ZIP)) || !registry.isSpecializationOf(byName, byContent)) {
            return false;
        }
        return looksLikeText || !byContent.equals(MediaType.OCTET_STREAM)
                || !registry.isInstanceOf(byName, MediaType.TEXT_PLAIN);
    }

    private Detection judge(MediaType type, MediaType byName, String fileName) {
        DocumentKind kind = DocumentKind.of(type);
        boolean mislabelled = mislabelled(type, kind, byName);
        if (kind == null) {
            String named = mislabelled ? " whatever the name " + fileName + " says" : "";
            return new Detection(type.toString(), byName.toString(), Verdict.UNSUPPORTED, mislabelled,
                    "The content is %s%s; Lanmu reads only %s documents".formatted(type, named,
                            DocumentKind.ACCEPTED));
        }
        if (kind == DocumentKind.HTML && mislabelled) {
            // A page named .pdf or .txt opens as a page wherever the name is not trusted: scripts and all.
            return new Detection(type.toString(), byName.toString(), Verdict.UNSUPPORTED, true,
                    "The content is an HTML page whatever the name %s says; name it .html".formatted(fileName));
        }
        String named = mislabelled ? ", although its name says " + byName : "";
        return new Detection(type.toString(), byName.toString(), Verdict.ACCEPTED, mislabelled,
                "The file is %s (%s)%s".formatted(kind.description(), type, named));
    }

    private boolean mislabelled(MediaType type, DocumentKind kind, MediaType byName) {
        if (byName.equals(MediaType.OCTET_STREAM)) {
            return false;
        }
        DocumentKind nameKind = DocumentKind.of(byName);
        if (kind != null && nameKind != null) {
            return !kind.fitsName(nameKind);
        }
        return !registry.isInstanceOf(type, byName);
    }

    /** No NUL and hardly any other control bytes: text in some encoding, even one Tika cannot name from a sample. */
    private static boolean looksLikeText(byte[] head, int length) {
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f) {
                controls++;
            }
        }
        return controls * 100 <= length;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
