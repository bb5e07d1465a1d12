package io.lanmu.font;

import java.io.InputStream;

/**
 * The Chinese font Lanmu embeds in the PDFs it writes: Noto Sans SC Regular, TrueType outlines, licensed under the SIL
 * Open Font License 1.1 (which allows embedding it in documents; the licence is {@link #LICENCE}, beside the font on
 * the classpath). It comes from a build dependency, so nothing depends on the fonts a machine has installed.
 *
 * <p>Hand {@link #open()} to PDFBox ({@code PDType0Font.load(document, CjkFont.open(), true)} embeds the glyphs a
 * document uses) or to openhtmltopdf ({@code builder.useFont(CjkFont::open, CjkFont.FAMILY)}).
 */
public final class CjkFont {

    /** The family name to ask for in CSS. */
    public static final String FAMILY = "Noto Sans SC";

    /** Where the font lies on the classpath (about 10 MB). */
    public static final String RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    /** The font's licence, shipped beside it. */
    public static final String LICENCE = "fonts/ttf/NotoSansSC/OFL.txt";

    private CjkFont() {
    }

    /**
     * A new stream of the font file; the caller closes it.
     *
     * @throws IllegalStateException when the font is not on the classpath (a build that left the dependency out)
     */
    public static InputStream open() {
        InputStream font = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (font == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath: add io.lanmu:cjk-font");
        }
        return font;
    }
}
