package io.lanmu.font;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    @Test
    void hasATrueTypeGlyphForEveryCharacterOfAChineseNotice() throws Exception {
        try (InputStream file = CjkFont.open();
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
            CmapLookup characters = font.getUnicodeCmapLookup();

            assertThat(font.getName()).isEqualTo("NotoSansSC-Regular");
            // TrueType outlines: a glyf table (an OpenType font with CFF outlines has none).
            assertThat(font.getGlyph()).isNotNull();
            "网站运营中心主管审批后24小时内发布，青川市税务局（12366）".codePoints()
                    .forEach(character -> assertThat(characters.getGlyphId(character)).as("glyph of %c", character)
                            .isPositive());
        }
    }

    @Test
    void shipsItsOpenFontLicenceBesideIt() throws Exception {
        try (InputStream licence = CjkFont.class.getClassLoader().getResourceAsStream(CjkFont.LICENCE)) {
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("SIL OPEN FONT LICENSE Version 1.1");
        }
    }
}
