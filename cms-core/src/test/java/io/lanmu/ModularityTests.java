package io.lanmu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void coreModulesDependOnEachOtherOnlyThroughTheirApi() {
        ApplicationModules.of(CoreTestApplication.class).verify();
    }
}
