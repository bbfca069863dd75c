package org.junheng.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

import org.junheng.importing.generator.FileGenerator;
import org.junheng.importing.generator.ProvinceLayouts;

/**
 * Generates import files: the demo province (about 12 counties, two statistics years, teachers)
 * or a synthetic country at national scale (about 2,850 counties and 200,000 schools) for
 * benchmarks. The same seed gives the same files.
 */
public final class DataGenerator {

    public enum Kind { DEMO, NATIONAL }

    public static final int DEMO_COUNTIES = 12;
    public static final int NATIONAL_COUNTIES = 2850;
    public static final List<Integer> DEMO_YEARS = List.of(2024, 2025);

    /** What was written. */
    public record Result(Path directory, int counties, long schools, long statisticsRows, long teachers) {
    }

    private DataGenerator() {
    }

    /**
     * @param counties number of counties, or null for the kind's default
     * @param teachers whether to write {@code teachers.csv} (always for the demo)
     * @param progress told the number of counties written so far
     */
    public static Result generate(Kind kind, Integer counties, long seed, boolean teachers, Path directory,
                                  IntConsumer progress) throws IOException {
        FileGenerator generator = switch (kind) {
            case DEMO -> new FileGenerator(ProvinceLayouts.demo(counties == null ? DEMO_COUNTIES : counties, seed), seed,
                    true, true, DEMO_YEARS);
            case NATIONAL -> new FileGenerator(ProvinceLayouts.national(counties == null ? NATIONAL_COUNTIES : counties, seed),
                    seed, false, teachers, List.of(DEMO_YEARS.get(DEMO_YEARS.size() - 1)));
        };
        FileGenerator.Counts counts = generator.writeTo(directory, progress);
        return new Result(directory, counts.counties(), counts.schools(), counts.statisticsRows(), counts.teachers());
    }
}
