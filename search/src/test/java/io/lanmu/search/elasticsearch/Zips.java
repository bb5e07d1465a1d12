package io.lanmu.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the distribution and plugin zips without depending on an unzip command being installed. */
final class Zips {

    private Zips() {
    }

    /** Extracts every entry under {@code target}. Unix file modes are lost: callers restore the ones they need. */
    static void extract(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                Path destination = target.resolve(entry.getName()).normalize();
                // A crafted entry name such as ../../x must not write outside the target.
                if (!destination.startsWith(target)) {
                    throw new IOException(zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** The name of the single folder that holds everything in the zip, e.g. {@code elasticsearch-9.2.8}. */
    static String topFolder(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String first = file.entries().nextElement().getName();
            return first.substring(0, first.indexOf('/'));
        }
    }

    static Properties readProperties(Path zip, String entryName) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(entryName);
            if (entry == null) {
                throw new IOException(zip + " has no " + entryName);
            }
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(entry)) {
                properties.load(in);
            }
            return properties;
        }
    }
}
