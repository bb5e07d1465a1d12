package io.lanmu.setup;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the first start ({@code lanmu.setup.*}).
 *
 * @param dataDir the data folder; the generated demo passwords are written there
 * @param sampleSite whether an empty installation is filled with the sample site
 * @param demoPassword the password of every sample user; empty means random ones
 *     ({@code LANMU_DEMO_PASSWORD})
 */
@Validated
@ConfigurationProperties("lanmu.setup")
record SetupProperties(@NotNull @DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean sampleSite,
        String demoPassword) {

    boolean hasDemoPassword() {
        return demoPassword != null && !demoPassword.isBlank();
    }
}
