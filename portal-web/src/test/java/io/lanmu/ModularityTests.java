package io.lanmu;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
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
                "search", "samples", "setup", "web", "portal");
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
    void writesTheModuleDocumentation() {
        // Surefire runs in portal-web's folder; the documentation belongs to the whole repository.
        new Documenter(MODULES, Options.defaults().withOutputFolder("../docs/modules")).writeDocumentation();
    }
}
