package org.junheng.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyPageMessageExistsInChineseAndInEnglish() throws IOException {
        assertThat(load("/i18n/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/i18n/messages.properties").stringPropertyNames());
    }

    @Test
    void everyImportMessageExistsInChineseAndInEnglish() throws IOException {
        assertThat(load("/org/junheng/importing/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("/org/junheng/importing/messages.properties").stringPropertyNames());
    }
}
