package io.lanmu.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files that text extraction must refuse or stop, written at test time like {@link Documents}: encrypted, damaged,
 * disguised, zip bombs and documents slow to parse. Every method writes one file named as asked and returns its path.
 */
public final class ProblemDocuments {

    private ProblemDocuments() {
    }

    /** A PDF that opens only with {@code userPassword}. */
    public static Path encryptedPdf(Path directory, String fileName, String text, String userPassword) {
        return Documents.writePdf(directory, fileName, null, text,
                new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission()));
    }

    /** A Word file encrypted with agile encryption, as Office 2010 and later save it with a password. */
    public static Path encryptedDocx(Path directory, String fileName, String text, String password) {
        try (POIFSFileSystem encrypted = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(encrypted)) {
                data.write(Documents.docxBytes(text));
            }
            encrypted.writeFilesystem(out);
            return Documents.write(directory, fileName, out.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first half of a file, as an interrupted upload leaves it. */
    public static Path truncated(Path source, Path directory, String fileName) {
        byte[] bytes = read(source);
        return Documents.write(directory, fileName, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Random bytes, the same every time. */
    public static Path garbage(Path directory, String fileName, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Documents.write(directory, fileName, bytes);
    }

    /** What a Windows executable starts with, followed by nothing much. */
    public static Path windowsExecutable(Path directory, String fileName) {
        byte[] bytes = new byte[4096];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return Documents.write(directory, fileName, bytes);
    }

    /** The identification of a 64-bit Linux executable, followed by nothing much. */
    public static Path linuxExecutable(Path directory, String fileName) {
        byte[] bytes = new byte[4096];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, bytes, 0, 7);
        return Documents.write(directory, fileName, bytes);
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
        return Documents.write(directory, fileName, out.toByteArray());
    }

    /**
     * A Word file whose document part expands to {@code expandedBytes} of one repeated character: a zip bomb. It is
     * streamed into the archive, so neither the heap nor the file ever holds the expanded text.
     */
    public static Path zipBombDocx(Path directory, String fileName, long expandedBytes) {
        Path file = directory.resolve(fileName);
        Path template = Documents.docx(directory, "template-of-" + fileName + ".docx", Documents.SENTENCE);
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
                return Documents.write(directory, fileName, bytes);
            }
        }
        throw new IllegalStateException("No central directory entry for word/document.xml in " + zipBomb);
    }

    /**
     * A PDF of a few kilobytes whose every page draws a tiny square ten thousand times, through forms that each draw
     * the next one ten times: some 50 ms per page to parse on a laptop, and silent meanwhile, since a text extractor
     * hears of a page only at its start and end.
     */
    public static Path slowPdf(Path directory, String fileName, int pages) {
        try (PDDocument document = new PDDocument()) {
            PDFormXObject form = form(document);
            try (PDFormContentStream content = new PDFormContentStream(form)) {
                content.addRect(0, 0, 1, 1);
                content.fill();
            }
            for (int level = 1; level < 5; level++) {
                PDFormXObject tenTimes = form(document);
                try (PDFormContentStream content = new PDFormContentStream(tenTimes)) {
                    for (int i = 0; i < 10; i++) {
                        content.drawForm(form);
                    }
                }
                form = tenTimes;
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawForm(form);
                }
            }
            return Documents.save(document, directory.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFormXObject form(PDDocument document) {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(1, 1));
        form.setResources(new PDResources());
        return form;
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
