package io.lanmu.load;

import io.lanmu.LanmuApplication;
import io.lanmu.testsupport.TestSite;
import io.lanmu.web.TemporaryDataFolder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on a real port, started and stopped by the test itself, so that a test can
 * prove that shutting down completes (a {@code @SpringBootTest} context is closed by the framework,
 * after the test, where a hang would only stall the build).
 */
public final class RunningLanmu implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningLanmu(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @SafeVarargs
    public static RunningLanmu start(Map<String, Object> properties,
            ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
        List<ApplicationContextInitializer<?>> all = new ArrayList<>(List.of(initializers));
        all.add(new TemporaryDataFolder());
        Map<String, Object> settings = new java.util.LinkedHashMap<>(Map.of("server.port", "0",
                "lanmu.setup.sample-site", "false", "lanmu.setup.demo-password", TestSite.PASSWORD));
        settings.putAll(properties);
        // As command-line arguments: the builder's "properties" are defaults, which application.yml overrides.
        String[] arguments = settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LanmuApplication.class, TestSite.class)
                .initializers(all.toArray(ApplicationContextInitializer[]::new))
                .run(arguments);
        return new RunningLanmu(context);
    }

    public String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> Collection<T> beansOfType(Class<T> type) {
        return context.getBeansOfType(type).values();
    }

    /** Closes the application and tells whether it finished closing within the time given. */
    public boolean stopWithin(long seconds) {
        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        try {
            closing.get(seconds, TimeUnit.SECONDS);
            return true;
        }
        catch (Exception notClosed) {
            return false;
        }
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }
}
