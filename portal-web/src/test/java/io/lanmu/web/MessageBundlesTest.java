package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Chinese and English must say the same things: a key missing from one bundle would show a reader
 * the other language.
 */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void chineseAndEnglishSiteBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("portal_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("portal.properties").stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
