package io.lanmu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated PDFs depend on no font of the machine's: the one they embed comes from the build. */
class DocumentsTest {

    @TempDir
    Path directory;

    @Test
    void pdfsEmbedNotoSansScFromTheClasspath() throws Exception {
        Path pdf = Documents.pdf(directory, "公告.pdf", null, Documents.SENTENCE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDResources resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            // A subset's name is a random tag, a plus sign and the font's PostScript name.
            assertThat(fonts).singleElement().asString().endsWith("+NotoSansSC-Regular");
            assertThat(resources.getFont(resources.getFontNames().iterator().next()).isEmbedded()).isTrue();
        }
    }
}
