package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * The two faster starts of the built jar — {@code java -jar} running a short command in a second JVM, and the
 * launcher {@code bin/junheng} — against the command run in one JVM: the same output, the exit code passed on.
 */
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
        builder.environment().put("JAVA", java());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run launch(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command as {@code java -jar} runs it without a second JVM. */
    private Run oneJvm(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Djunheng.fast-start=false", "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
    }

    private Run javaDashJar(Path cache, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return run(JAR, cache, command.toArray(String[]::new));
    }

    private List<Path> archives() throws IOException {
        return archives(cache);
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (var files = Files.walk(cache)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void theLauncherPrintsWhatOneJvmPrintsFromItsFirstRunAndFromItsArchive() throws Exception {
        Run plain = oneJvm("profile", "show", "national");

        Run first = launch("profile", "show", "national");
        Run second = launch("profile", "show", "national");

        assertThat(plain.exit()).isZero();
        assertThat(first).isEqualTo(plain);
        assertThat(second).isEqualTo(plain);
        assertThat(archives()).extracting(p -> p.getFileName().toString()).contains("profile.jsa");
    }

    @Test
    void theLauncherWritesAnAssessmentByteForByteAsOneJvmWritesIt() throws Exception {
        assertWritesTheAssessmentOneJvmWrites(this::launch, "launched.json");
    }

    /** A start of the jar, given the command's arguments. */
    private interface Start {
        Run run(String... arguments) throws Exception;
    }

    private void assertWritesTheAssessmentOneJvmWrites(Start start, String file) throws Exception {
        Path expected = work.resolve("one-jvm-" + file);
        Path started = work.resolve(file);
        assertThat(oneJvm("assess", "--input", demo.resolve("school-stats.csv").toString(), "--out", expected.toString())
                .exit()).isZero();

        // the first run records the command's archive, the second maps it
        for (int i = 0; i < 2; i++) {
            assertThat(start.run("assess", "--input", demo.resolve("school-stats.csv").toString(), "--out", started.toString())
                    .exit()).isZero();
            assertThat(Files.mismatch(expected, started)).isEqualTo(-1L);
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
        Run plain = oneJvm("profile", "show", "national");

        // when the launcher runs a command from it twice (unpacking, then from the unpacked jar and its archive)
        Run first = run(renamed, freshCache, LAUNCHER.toString(), "profile", "show", "national");
        Run second = run(renamed, freshCache, LAUNCHER.toString(), "profile", "show", "national");

        // then both print what java -jar prints
        assertThat(first).isEqualTo(plain);
        assertThat(second).isEqualTo(plain);
    }

    @Test
    void javaDashJarRunsAShortCommandInASecondJvmThatPrintsWhatOneJvmPrints() throws Exception {
        Path ownCache = work.resolve("java-jar-cache");
        Run plain = oneJvm("profile", "show", "national");

        Run first = javaDashJar(ownCache, "profile", "show", "national");
        Run second = javaDashJar(ownCache, "profile", "show", "national");

        assertThat(first).isEqualTo(plain);
        assertThat(second).isEqualTo(plain);
        // the second JVM ran from the unpacked jar and recorded the command's classes
        assertThat(archives(ownCache)).extracting(p -> p.getFileName().toString()).containsExactly("profile.jsa");
    }

    @Test
    void javaDashJarWritesAnAssessmentByteForByteAsOneJvmWritesIt() throws Exception {
        assertWritesTheAssessmentOneJvmWrites(arguments -> javaDashJar(work.resolve("assess-cache"), arguments),
                "second-jvm.json");
    }

    @Test
    void javaDashJarPassesOnBadInputsExitCodeAndMessageAndRecordsNoArchive() throws Exception {
        Path ownCache = work.resolve("refused-cache");
        Run plain = oneJvm("generate", "--kind", "no-such-kind", "--out", work.resolve("g").toString());

        Run refused = javaDashJar(ownCache, "generate", "--kind", "no-such-kind", "--out", work.resolve("g").toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused).isEqualTo(plain);
        assertThat(archives(ownCache)).isEmpty();
    }

    @Test
    void aJarStartedBothWaysIsUnpackedOnce() throws Exception {
        Path shared = work.resolve("shared-cache");

        run(JAR, shared, LAUNCHER.toString(), "--version");
        javaDashJar(shared, "--version");

        try (var caches = Files.list(shared)) {
            assertThat(caches.toList()).hasSize(1);
        }
        assertThat(archives(shared)).extracting(p -> p.getFileName().toString()).containsExactly("--version.jsa");
    }

    @Test
    void aLongCommandIsHandedToSpringBootsLauncherInTheFirstJvm() throws Exception {
        Path untouched = work.resolve("long-command-cache");

        Run refused = javaDashJar(untouched, "rotate");

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Missing required options", "Usage: junheng rotate");
        assertThat(untouched).doesNotExist();
    }

    @Test
    void withFastStartOffNothingIsUnpacked() throws Exception {
        Path untouched = work.resolve("untouched-cache");

        Run run = run(JAR, untouched, java(), "-Djunheng.fast-start=false", "-jar", JAR.toString(), "--version");

        assertThat(run.exit()).isZero();
        assertThat(untouched).doesNotExist();
    }

    @Test
    void javaDashJarUnpackingTheJarKeepsOnlyTheTwoCachesUsedLastBesideIt() throws Exception {
        Path root = crowdedCache("crowded-by-java-jar");

        assertThat(javaDashJar(root, "--version").exit()).isZero();

        assertTheCacheUsedLongestAgoIsGone(root);
    }

    @Test
    void theLauncherUnpackingTheJarKeepsOnlyTheTwoCachesUsedLastBesideIt() throws Exception {
        Path root = crowdedCache("crowded-by-launcher");

        assertThat(run(JAR, root, LAUNCHER.toString(), "--version").exit()).isZero();

        assertTheCacheUsedLongestAgoIsGone(root);
    }

    /** Three caches of earlier builds, used one, two and three days ago. */
    private Path crowdedCache(String name) throws IOException {
        Path root = work.resolve(name);
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            Path earlier = Files.createDirectories(root.resolve("build-" + daysAgo).resolve("app"));
            Files.setLastModifiedTime(earlier.getParent(), FileTime.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS)));
        }
        return root;
    }

    private static void assertTheCacheUsedLongestAgoIsGone(Path root) throws IOException {
        try (var caches = Files.list(root)) {
            assertThat(caches.map(c -> c.getFileName().toString()).toList())
                    .contains("build-1", "build-2").doesNotContain("build-3").hasSize(3);
        }
    }
}
