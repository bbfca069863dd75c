package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junheng.importing.DataGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The launcher {@code bin/junheng} against the built jar: the same output as {@code java -jar}, the exit code passed on. */
@DisabledOnOs(OS.WINDOWS)
@DisabledIfSystemProperty(named = "junheng.test.database", matches = "postgresql", disabledReason = "no database: one pass is enough")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherIT {

    private static final Path JAR = Path.of("target/junheng.jar").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("bin/junheng").toAbsolutePath();

    private Path work;
    private Path cache;
    private Path demo;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void generateTheDemoProvince(@TempDir Path work) throws IOException {
        this.work = work;
        cache = work.resolve("cache");
        demo = work.resolve("demo");
        DataGenerator.generate(DataGenerator.Kind.DEMO, 3, 2025, true, demo, c -> { });
    }

    private Run run(String... command) throws Exception {
        return run(JAR, cache, command);
    }

    private Run run(Path jar, Path cache, String... command) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JUNHENG_CACHE", cache.toString());
        builder.environment().put("JUNHENG_JAR", jar.toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run launch(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
    }

    private List<Path> archives() throws IOException {
        try (var files = Files.walk(cache)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void aCommandPrintsWhatJavaDashJarPrintsFromItsFirstRunAndFromItsArchive() throws Exception {
        Run plain = run(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "profile", "show", "national");

        Run first = launch("profile", "show", "national");
        Run second = launch("profile", "show", "national");

        assertThat(plain.exit()).isZero();
        assertThat(first).isEqualTo(plain);
        assertThat(second).isEqualTo(plain);
        assertThat(archives()).extracting(p -> p.getFileName().toString()).contains("profile.jsa");
    }

    @Test
    void anAssessmentIsWrittenByteForByteAsJavaDashJarWritesIt() throws Exception {
        Path expected = work.resolve("expected.json");
        Path launched = work.resolve("launched.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(run(java, "-jar", JAR.toString(), "assess", "--input", demo.resolve("school-stats.csv").toString(),
                "--out", expected.toString()).exit()).isZero();
        for (int i = 0; i < 2; i++) {
            assertThat(launch("assess", "--input", demo.resolve("school-stats.csv").toString(), "--out", launched.toString())
                    .exit()).isZero();
            assertThat(Files.mismatch(expected, launched)).isEqualTo(-1L);
        }
    }

    @Test
    void badInputEndsWithExitCodeTwoAndItsMessageAndRecordsNoArchive() throws Exception {
        Run refused = launch("template", "no-such-template", "--out", work.resolve("template.csv").toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).isNotBlank();
        assertThat(archives()).extracting(p -> p.getFileName().toString()).doesNotContain("template.jsa");
    }

    @Test
    void aJarOfAnotherNameIsUnpackedAndRun() throws Exception {
        // given the jar under another name, as a versioned install would name it, and no cache
        Path renamed = Files.copy(JAR, work.resolve("junheng-1.0.jar"));
        Path freshCache = work.resolve("fresh-cache");
        Run plain = run(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "profile", "show", "national");

        // when the launcher runs a command from it twice (unpacking, then from the unpacked jar and its archive)
        Run first = run(renamed, freshCache, LAUNCHER.toString(), "profile", "show", "national");
        Run second = run(renamed, freshCache, LAUNCHER.toString(), "profile", "show", "national");

        // then both print what java -jar prints
        assertThat(first).isEqualTo(plain);
        assertThat(second).isEqualTo(plain);
    }
}
