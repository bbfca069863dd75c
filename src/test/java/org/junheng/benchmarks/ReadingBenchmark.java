package org.junheng.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junheng.importing.DataGenerator;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and validating the national {@code school-stats} file (196,457 rows, 38 MB) as {@code junheng assess}
 * does, from bytes in memory: megabytes per second = 37.9 / the time in seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ReadingBenchmark {

    private byte[] file;

    @Setup(Level.Trial)
    public void generateNationalFile() throws IOException {
        Path directory = Files.createTempDirectory("junheng-national");
        DataGenerator.generate(DataGenerator.Kind.NATIONAL, null, 2025, false, directory, counties -> { });
        file = Files.readAllBytes(directory.resolve("school-stats.csv"));
        System.out.printf("%n%.1f MB%n", file.length / 1e6);
    }

    @Benchmark
    public SchoolStatsFile readTheNationalFile() {
        SchoolStatsFile read = Importer.readSchoolStats(new ByteArrayInputStream(file), "school-stats.csv", Locale.ENGLISH,
                ImportProgress.NONE);
        if (!read.report().stored()) {
            throw new IllegalStateException(read.report().errors().toString());
        }
        return read;
    }
}
