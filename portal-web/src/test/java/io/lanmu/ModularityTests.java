package io.lanmu;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Every module of the application at once: those of cms-core, search, the sample site and portal-web, each
 * depending only on the modules its {@code package-info.java} allows, and on those only through their API.
 */
class ModularityTests {

    // The test-jars other Maven modules share (cms-core's test support, search's test documents) hold fixtures,
    // not modules of the application; so does cjk-font, on the test classpath only for the PDFs of those documents.
    static final ImportOption PRODUCTION_CODE = location -> new ImportOption.DoNotIncludeTests().includes(location)
            && !location.contains("-tests.jar") && !location.contains("cjk-font");

    static final ApplicationModules MODULES = ApplicationModules.of(LanmuApplication.class, PRODUCTION_CODE);

    @Test
    void verifiesTheModulesOfEveryMavenModuleTogether() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
                "attachment", "audit", "background", "column", "deadline", "inbox", "item", "shared", "user",
                "search", "extraction", "samples", "setup", "web", "portal");
    }

    @Test
    void applicationModulesDependOnEachOtherOnlyAsDeclared() {
        MODULES.verify();
    }

    /**
     * Writes {@code docs/modules/} at the root of the repository: the C4 component diagram of all modules
     * ({@code components.puml}), one diagram and one canvas per module, and {@code all-docs.adoc} joining them.
     * Committed, so a newcomer sees the modules without building; a change to the modules shows up in the diff.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        // Surefire runs in portal-web's folder; the documentation belongs to the whole repository.
        Path folder = Path.of("..", "docs", "modules");
        new Documenter(MODULES, Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                sortLists(file);
            }
        }
    }

    /**
     * Documenter writes a diagram's relations and a canvas's lists in no fixed order; sorted, the files change only
     * when the modules do.
     */
    private static void sortLists(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int start = 0; start < lines.size(); start++) {
            int end = start;
            while (end < lines.size() && isListed(lines.get(end), end == start)) {
                end++;
            }
            if (end - start > 1) {
                // A canvas's list starts in its table cell ("|* "); the cell mark stays on the first line.
                String cell = lines.get(start).startsWith("|") ? "|" : "";
                List<String> sorted = lines.subList(start, end).stream()
                        .map(line -> line.startsWith("|") ? line.substring(1) : line).sorted().toList();
                for (int i = start; i < end; i++) {
                    lines.set(i, (i == start ? cell : "") + sorted.get(i - start));
                }
            }
            start = Math.max(start, end - 1);
        }
        Files.write(file, lines);
    }

    private static boolean isListed(String line, boolean first) {
        return line.startsWith("Rel(") || line.startsWith("* ") || (first && line.startsWith("|* "));
    }
}
