package io.lanmu.search.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.util.IOUtils;

/**
 * The index folders under the engine's directory: one generation per rebuild ({@code generation-1},
 * {@code generation-2}, ...) and a pointer file naming the active one, replaced atomically, so a restart finds the
 * index that was active when the process stopped, and a rebuild cut short by a crash is never mistaken for it.
 */
final class IndexGenerations {

    private static final String PREFIX = "generation-";
    private static final String POINTER = "active-generation";

    private final Path root;

    private IndexGenerations(Path root) {
        this.root = root;
    }

    static IndexGenerations in(Path root) throws IOException {
        Files.createDirectories(root);
        return new IndexGenerations(root);
    }

    /** The active generation's folder; the first generation when there is none yet. */
    Path active() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (Files.exists(pointer)) {
            return root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        }
        Path first = root.resolve(PREFIX + 1);
        activate(first);
        return first;
    }

    /** A folder for a generation newer than every existing one. */
    Path next() throws IOException {
        return root.resolve(PREFIX + (newestNumber() + 1));
    }

    void activate(Path generation) throws IOException {
        Path pointer = root.resolve(POINTER);
        Path written = root.resolve(POINTER + ".next");
        Files.writeString(written, generation.getFileName().toString(), StandardCharsets.UTF_8);
        // Synced before and after the move, so that after a crash the pointer names one generation or the other.
        IOUtils.fsync(written, false);
        Files.move(written, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        IOUtils.fsync(root, true);
    }

    /** Deletes the generations left behind by rebuilds that were discarded, replaced or cut short by a crash. */
    void deleteAllBut(Path active) throws IOException {
        for (Path generation : generations()) {
            if (!generation.equals(active)) {
                delete(generation);
            }
        }
    }

    static void delete(Path generation) throws IOException {
        if (!Files.exists(generation)) {
            return;
        }
        try (Stream<Path> files = Files.walk(generation)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(file);
                } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                    // Another cleaner got there first; deleting is idempotent.
                }
            }
        }
    }

    private long newestNumber() throws IOException {
        return generations().stream().mapToLong(IndexGenerations::number).max().orElse(0);
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> child.getFileName().toString().startsWith(PREFIX))
                    .filter(Files::isDirectory)
                    .toList();
        }
    }

    private static long number(Path generation) {
        try {
            return Long.parseLong(generation.getFileName().toString().substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
