package org.junheng;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.junheng.importing.DataGenerator;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole demo province (12 counties, statistics year 2025, with rosters), generated once for the tests that
 * only read it, and its school statistics read once. Tests must not change what they are given.
 */
public final class DemoProvince {

    private static Path directory;
    private static SchoolStatsFile schoolStats;

    private DemoProvince() {
    }

    /** The directory holding the demo province's files. */
    public static synchronized Path directory() {
        if (directory == null) {
            try {
                Path generated = Files.createTempDirectory("junheng-demo-province");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(generated)));
                DataGenerator.generate(DataGenerator.Kind.DEMO, null, 2025, true, generated, counties -> { });
                directory = generated;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    /** Its {@code school-stats.csv}, read and checked. */
    public static synchronized SchoolStatsFile schoolStats() {
        if (schoolStats == null) {
            try (InputStream in = Files.newInputStream(directory().resolve("school-stats.csv"))) {
                SchoolStatsFile file = Importer.readSchoolStats(in, "school-stats.csv", Locale.ENGLISH,
                        ImportProgress.NONE);
                assertThat(file.valid()).as(file.report().errors().toString()).isTrue();
                schoolStats = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schoolStats;
    }

    private static void delete(Path generated) {
        try (Stream<Path> paths = Files.walk(generated)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no failure of a test run
        }
    }
}
