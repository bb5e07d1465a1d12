package io.lanmu.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives a test context a data folder of its own (search index, attachments), removed when it has closed.
 */
public class TemporaryDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path folder = Files.createTempDirectory("lanmu-test-data");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-data-folder",
                    Map.of("lanmu.data-dir", folder.toString())));
            // Registered first, destroyed last: after the search index and background work have let go of it.
            context.getBeanFactory().registerSingleton("temporaryDataFolderRemoval",
                    (DisposableBean) () -> FileSystemUtils.deleteRecursively(folder.toFile()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
