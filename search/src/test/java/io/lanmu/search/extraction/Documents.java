package io.lanmu.search.extraction;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real attachments, written at test time into a directory of the caller's (no binary fixtures in git): Office files
 * through Apache POI, PDFs through PDFBox with the WenQuanYi font embedded, text and HTML, and files that are
 * damaged, encrypted or hostile. Every method writes one file named as asked and returns its path.
 */
public final class Documents {

    /** A sentence to find again in the text, with digits among the Chinese as in real notices. */
    public static final String SENTENCE = "网站运营中心主管审批后24小时内发布";

    /** Standard PDF fonts cannot draw Chinese; this one comes with Debian's fonts-wqy-microhei. */
    public static final Path CJK_FONT = Path.of(
            System.getProperty("lanmu.test.cjk-font", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Documents() {
    }

    public static Path docx(Path directory, String fileName, String text) {
        return write(directory, fileName, docxBytes(text, new byte[0][]));
    }

    /** A Word file holding a Word file holding ... {@code depth} levels of them, each with its own paragraph. */
    public static Path nestedDocx(Path directory, String fileName, int depth, String text) {
        byte[] document = docxBytes(text + " 第" + depth + "层", new byte[0][]);
        for (int level = depth - 1; level >= 0; level--) {
            document = docxBytes(text + " 第" + level + "层", new byte[][] {document});
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

    /** A one-page PDF with {@code text} in the WenQuanYi font, embedded as a subset, and a title. */
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

    /** A PDF that opens only with {@code userPassword}. */
    public static Path encryptedPdf(Path directory, String fileName, String text, String userPassword) {
        return writePdf(directory, fileName, null, text,
                new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission()));
    }

    /** A Word file encrypted with agile encryption, as Office 2010 and later save it with a password. */
    public static Path encryptedDocx(Path directory, String fileName, String text, String password) {
        try (POIFSFileSystem encrypted = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(encrypted)) {
                data.write(docxBytes(text, new byte[0][]));
            }
            encrypted.writeFilesystem(out);
            return write(directory, fileName, out.toByteArray());
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
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

    /** The first half of a file, as an interrupted upload leaves it. */
    public static Path truncated(Path source, Path directory, String fileName) {
        byte[] bytes = read(source);
        return write(directory, fileName, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Random bytes, the same every time. */
    public static Path garbage(Path directory, String fileName, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return write(directory, fileName, bytes);
    }

    /** What a Windows executable starts with, followed by nothing much. */
    public static Path windowsExecutable(Path directory, String fileName) {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return write(directory, fileName, bytes);
    }

    /** The identification of a 64-bit Linux executable, followed by nothing much. */
    public static Path linuxExecutable(Path directory, String fileName) {
        byte[] bytes = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, bytes, 0, 7);
        return write(directory, fileName, bytes);
    }

    /** A zip archive of one text file: not an Office document, whatever it is named. */
    public static Path plainZip(Path directory, String fileName, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("说明.txt"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(directory, fileName, out.toByteArray());
    }

    /**
     * A Word file whose document part expands to {@code expandedBytes} of one repeated character: a zip bomb. It is
     * streamed into the archive, so neither the heap nor the file ever holds the expanded text.
     */
    public static Path zipBombDocx(Path directory, String fileName, long expandedBytes) {
        Path file = directory.resolve(fileName);
        Path template = docx(directory, "template-of-" + fileName + ".docx", SENTENCE);
        try (ZipFile parts = new ZipFile(template.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry part : parts.stream().filter(part -> !part.getName().equals("word/document.xml")).toList()) {
                zip.putNextEntry(new ZipEntry(part.getName()));
                parts.getInputStream(part).transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "啊".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < expandedBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(template);
        }
        return file;
    }

    /**
     * A copy of a {@link #zipBombDocx zip bomb} whose central directory claims that the document part expands to a
     * mere kilobyte, as a crafted archive may: whoever trusts the declared sizes lets it through.
     */
    public static Path understatedZipBomb(Path zipBomb, Path directory, String fileName) {
        byte[] bytes = read(zipBomb);
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = "word/document.xml".getBytes(StandardCharsets.UTF_8);
        for (int at = bytes.length - 46 - name.length; at >= 0; at--) {
            // a central directory header (PK 1 2) naming the document part; the expanded size is at offset 24
            if (zip.getInt(at) == 0x02014b50 && zip.getShort(at + 28) == name.length
                    && Arrays.equals(bytes, at + 46, at + 46 + name.length, name, 0, name.length)) {
                zip.putInt(at + 24, 1024);
                return write(directory, fileName, bytes);
            }
        }
        throw new IllegalStateException("No central directory entry for word/document.xml in " + zipBomb);
    }

    /**
     * A PDF whose single page draws {@code rectangles} tiny rectangles before its only line of text: slow to parse,
     * and silent while it is slow, since a text extractor hears of a page only when the page is done.
     */
    public static Path slowPdf(Path directory, String fileName, int rectangles) {
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = cjkFonts()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < rectangles; i++) {
                    content.addRect(i % 500, i % 700, 1, 1);
                    content.fill();
                }
                writeLine(content, PDType0Font.load(document, cjkFont(fonts), true), SENTENCE);
            }
            return save(document, directory.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docxBytes(String text, byte[][] embedded) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.getProperties().getCoreProperties().setTitle("政务公开通知");
            document.getProperties().getCoreProperties().setCreator("办公室");
            for (int i = 0; i < embedded.length; i++) {
                embed(document, "/word/embeddings/document" + i + ".docx", embedded[i]);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void embed(XWPFDocument document, String name, byte[] bytes)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
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

    private static Path writePdf(Path directory, String fileName, String title, String text,
            StandardProtectionPolicy protection) {
        try (PDDocument document = new PDDocument(); TrueTypeCollection fonts = cjkFonts()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                writeLine(content, PDType0Font.load(document, cjkFont(fonts), true), text);
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

    private static TrueTypeCollection cjkFonts() throws IOException {
        if (!Files.isReadable(CJK_FONT)) {
            throw new IllegalStateException("The PDF tests need a Chinese font at " + CJK_FONT
                    + ": install Debian's fonts-wqy-microhei (apt-get install fonts-wqy-microhei), or name another"
                    + " WenQuanYi .ttc with -Dlanmu.test.cjk-font=...");
        }
        return new TrueTypeCollection(CJK_FONT.toFile());
    }

    private static TrueTypeFont cjkFont(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        fonts.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return first[0];
    }

    private static Path save(PDDocument document, Path file) throws IOException {
        File target = file.toFile();
        document.save(target);
        return file;
    }

    private static Path write(Path directory, String fileName, byte[] bytes) {
        try {
            return Files.write(directory.resolve(fileName), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
