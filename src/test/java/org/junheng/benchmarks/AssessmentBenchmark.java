package org.junheng.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentEngine;
import org.junheng.importing.DataGenerator;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;
import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.StageStatistics;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The assessment engine on the national generated data (2,850 counties, ≈200,000 schools, one
 * year), already in memory: the time to assess every county. School-stages per second = the
 * school-stage count printed at set-up divided by the time per operation. {@code assessTheNationOnOneCore}
 * keeps the counties on one worker thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AssessmentBenchmark {

    private SchoolStatsFile national;
    private final AssessmentEngine engine = new AssessmentEngine();
    // a parallel stream started inside a pool's task runs in that pool: one worker, one core
    private final ForkJoinPool oneCore = new ForkJoinPool(1);

    @Setup(Level.Trial)
    public void readNationalData() throws IOException {
        Path directory = Files.createTempDirectory("junheng-national");
        DataGenerator.generate(DataGenerator.Kind.NATIONAL, null, 2025, false, directory, counties -> { });
        try (InputStream in = Files.newInputStream(directory.resolve("school-stats.csv"))) {
            national = Importer.readSchoolStats(in, "school-stats.csv", Locale.ENGLISH, ImportProgress.NONE);
        }
        Assessment once = engine.assess(2025, national.rows(), national.countyNames());
        System.out.printf("%n%d schools, %d school-stages assessed or excluded, %d counties%n", national.rows().size(),
                once.schools().size(), once.counties().size());
    }

    @TearDown(Level.Trial)
    public void closePool() {
        oneCore.shutdown();
    }

    @Benchmark
    public Assessment assessTheNation() {
        return engine.assess(2025, national.rows(), national.countyNames());
    }

    /**
     * The floor under the engine on one core: reading once every figure of every row the engine reads (codes,
     * pupils, teachers, areas, rooms), in file order, and nothing else.
     */
    @Benchmark
    public long readEveryFigureOnce() {
        long sum = 0;
        for (SchoolYear row : national.rows()) {
            SchoolStatistics statistics = row.statistics();
            SchoolFacilities facilities = statistics.facilities();
            sum += row.school().countyCode().hashCode() + row.school().code().length() + row.school().type().ordinal()
                    + statistics.year() + statistics.studentsSenior() + figures(statistics.primary())
                    + figures(statistics.junior()) + facilities.certifiedTeachers() + facilities.multimediaClassrooms()
                    + facilities.musicRooms() + facilities.artRooms() + facilities.teachingArea().scale()
                    + facilities.sportsArea().scale() + facilities.equipmentValue().scale()
                    + (facilities.musicRoomMinArea() == null ? 0 : facilities.musicRoomMinArea().scale())
                    + (facilities.artRoomMinArea() == null ? 0 : facilities.artRoomMinArea().scale());
        }
        return sum;
    }

    private static long figures(StageStatistics stage) {
        return stage.students() + stage.classes() + stage.oversizeClasses() + stage.teachers() + stage.qualifiedTeachers()
                + stage.backboneTeachers() + stage.peArtTeachers();
    }

    @Benchmark
    public Assessment assessTheNationOnOneCore() throws InterruptedException, ExecutionException {
        return oneCore.submit(() -> engine.assess(2025, national.rows(), national.countyNames())).get();
    }
}
