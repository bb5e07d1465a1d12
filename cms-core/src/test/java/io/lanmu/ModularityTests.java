package io.lanmu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The core's modules on their own; portal-web's {@code ModularityTests} verifies them together with search and the
 * web modules.
 */
class ModularityTests {

    // The fixture lives in test classes, which the default import leaves out.
    private static final ApplicationModules FIXTURE = ApplicationModules.of("io.lanmu.modularityfixture",
            location -> true);

    @Test
    void coreModulesDependOnEachOtherOnlyThroughTheirApi() {
        ApplicationModules.of(CoreTestApplication.class).verify();
    }

    @Test
    void verificationFailsOnAForbiddenDependency() {
        assertThatExceptionOfType(Violations.class).isThrownBy(FIXTURE::verify);
    }

    @Test
    void refusesAnUndeclaredDependency() {
        assertThat(FIXTURE.detectViolations().getMessages()).anyMatch(message -> message.contains(
                "Module 'billing' depends on module 'stock' via io.lanmu.modularityfixture.billing.Invoice"));
    }

    @Test
    void refusesAReachIntoAnotherModulesInternals() {
        assertThat(FIXTURE.detectViolations().getMessages()).anyMatch(message -> message.contains(
                "Module 'orders' depends on module 'stock' via io.lanmu.modularityfixture.orders.Order -> "
                        + "io.lanmu.modularityfixture.stock.internal.Ledger"));
    }
}
