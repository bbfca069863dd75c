package org.junheng.assistance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Why a record is refused is said in Chinese on pages and in import reports, and in English by the API. */
class AssistanceRejectedTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AssistanceRejected.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void aRejectionIsSaidInChineseForAChineseReaderAndInEnglishForTheApi() {
        AssistanceRejected rejected = new AssistanceRejected("schoolCode", "school_is_not_registered", "2990121001");

        assertThat(rejected.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("学校 2990121001 未登记");
        assertThat(rejected.getMessage()).isEqualTo("school 2990121001 is not registered");
        assertThat(new AssistanceRejected("id", "no_programme", 12345L).messageIn(Locale.CHINA))
                .as("an id is written as it is, without a thousands separator").isEqualTo("没有编号为 12345 的项目");
    }

    @Test
    void everyCodeTheServicesUseIsSaidInBothLanguagesAndTheChineseHasNoEnglish() throws IOException {
        Properties chinese = bundle("rejections.properties");
        Properties english = bundle("rejections_en.properties");
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("new AssistanceRejected\\([^;]*?,\\s*\"([a-z0-9_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(chinese.stringPropertyNames()).containsAll(used).isEqualTo(english.stringPropertyNames());
        assertThat(chinese.stringPropertyNames()).allSatisfy(code -> assertThat(chinese.getProperty(code))
                .as(code).doesNotContainPattern("[a-z]{3,}"));
    }
}
