package io.lanmu.extraction;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.lanmu.font.CjkFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real attachments, written at test time into a directory of the caller's (no binary fixtures in git): Office files
 * through Apache POI, PDFs through PDFBox with the {@link CjkFont} embedded, text and HTML. Every method writes one
 * file named as asked and returns its path. Files that extraction must refuse or stop are {@link ProblemDocuments}.
 */
public final class Documents {

    /** A sentence to find again in the text, with digits among the Chinese as in real notices. */
    public static final String SENTENCE = "网站运营中心主管审批后24小时内发布";

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Documents() {
    }

    /** A Word file of one paragraph, titled 政务公开通知 by 办公室. */
    public static Path docx(Path directory, String fileName, String text) {
        return write(directory, fileName, docxBytes(text));
    }

    /** A Word file holding a Word file holding ... {@code depth} levels of them, each with its own paragraph. */
    public static Path nestedDocx(Path directory, String fileName, int depth, String text) {
        byte[] document = docxBytes(text + " 第" + depth + "层");
        for (int level = depth - 1; level >= 0; level--) {
            document = docxBytes(text + " 第" + level + "层", document);
        }
        return write(directory, fileName, document);
    }

    public static Path xlsx(Path directory, String fileName, String text) {
        try (Workbook workbook = new XSSFWorkbook()) {
            return workbook(directory, fileName, workbook, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A legacy Excel 97-2003 workbook, which is also what WPS Spreadsheets writes as {@code .et}. */
    public static Path xls(Path directory, String fileName, String text) {
        try (Workbook workbook = new HSSFWorkbook()) {
            return workbook(directory, fileName, workbook, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path pptx(Path directory, String fileName, String text) {
        try (XMLSlideShow slides = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSLFTextBox box = slides.createSlide().createTextBox();
            box.setText(text);
            slides.write(out);
            return write(directory, fileName, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A legacy PowerPoint 97-2003 file, which is also what WPS Presentation writes as {@code .dps}. */
    public static Path ppt(Path directory, String fileName, String text) {
        try (HSLFSlideShow slides = new HSLFSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            HSLFTextBox box = slides.createSlide().createTextBox();
            box.setText(text);
            slides.write(out);
            return write(directory, fileName, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A one-page PDF with {@code text} in {@link CjkFont}, embedded as a subset (standard PDF fonts cannot draw
     * Chinese), and a title.
     */
    public static Path pdf(Path directory, String fileName, String title, String text) {
        return writePdf(directory, fileName, title, text, null);
    }

    /** A PDF of one page that is only an image, as a scanner makes it: a document without text. */
    public static Path scannedPdf(Path directory, String fileName) {
        BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pen = scan.createGraphics();
        pen.fillRect(20, 20, 160, 60);
        pen.dispose();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 500);
            }
            return save(document, directory.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path text(Path directory, String fileName, String text, Charset charset) {
        return write(directory, fileName, text.getBytes(charset));
    }

    public static Path html(Path directory, String fileName, String title, String text) {
        String page = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>
                <style>p { color: red; }</style><script>var hidden = "不应出现";</script></head>
                <body><h1>%s</h1><p>%s</p></body></html>
                """.formatted(title, title, text);
        return write(directory, fileName, page.getBytes(StandardCharsets.UTF_8));
    }

    /** A Word file of one paragraph, titled 政务公开通知 by 办公室, with the given Word files embedded in it. */
    static byte[] docxBytes(String text, byte[]... embedded) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.getProperties().getCoreProperties().setTitle("政务公开通知");
            document.getProperties().getCoreProperties().setCreator("办公室");
            for (int i = 0; i < embedded.length; i++) {
                embed(document, "/word/embeddings/document" + i + ".docx", embedded[i]);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void embed(XWPFDocument document, String name, byte[] bytes)
            throws IOException, InvalidFormatException {
        PackagePartName partName = PackagingURIHelper.createPartName(name);
        PackagePart part = document.getPackage().createPart(partName, DOCX_TYPE);
        try (OutputStream out = part.getOutputStream()) {
            out.write(bytes);
        }
        document.getPackagePart().addRelationship(partName, TargetMode.INTERNAL, POIXMLDocument.PACK_OBJECT_REL_TYPE);
    }

    private static Path workbook(Path directory, String fileName, Workbook workbook, String text) throws IOException {
        workbook.createSheet("公开目录").createRow(0).createCell(0).setCellValue(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return write(directory, fileName, out.toByteArray());
    }

    static Path writePdf(Path directory, String fileName, String title, String text,
            StandardProtectionPolicy protection) {
        try (PDDocument document = new PDDocument(); InputStream font = CjkFont.open()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                writeLine(content, PDType0Font.load(document, font, true), text);
            }
            if (title != null) {
                document.getDocumentInformation().setTitle(title);
            }
            if (protection != null) {
                document.protect(protection);
            }
            return save(document, directory.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLine(PDPageContentStream content, PDType0Font font, String text) throws IOException {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(50, 700);
        content.showText(text);
        content.endText();
    }

    static Path save(PDDocument document, Path file) throws IOException {
        document.save(file.toFile());
        return file;
    }

    static Path write(Path directory, String fileName, byte[] bytes) {
        try {
            return Files.write(directory.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
