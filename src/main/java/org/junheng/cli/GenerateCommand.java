package org.junheng.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.junheng.importing.DataGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", description = {"生成演示或全国规模的数据文件 (regions.csv, school-stats.csv, teachers.csv).",
        "Writes generated data files: the demo province or a synthetic country at national scale."})
class GenerateCommand implements Callable<Integer> {

    enum Kind { demo, national }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kind", required = true, description = "demo | national")
    Kind kind;

    @Option(names = "--counties", description = "number of counties (demo 12, national 2850)")
    Integer counties;

    @Option(names = "--seed", defaultValue = "2025", description = "random seed; the same seed writes the same files (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--teachers", description = "also write teachers.csv for the national kind (always written for demo)")
    boolean teachers;

    @Option(names = "--out", required = true, description = "output directory")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (counties != null && (counties < 1 || counties > 9999)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--counties must be between 1 and 9999");
        }
        DataGenerator.Kind generatorKind = kind == Kind.demo ? DataGenerator.Kind.DEMO : DataGenerator.Kind.NATIONAL;
        int total = counties != null ? counties
                : kind == Kind.demo ? DataGenerator.DEMO_COUNTIES : DataGenerator.NATIONAL_COUNTIES;
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "counties 县", total);
        DataGenerator.Result result = DataGenerator.generate(generatorKind, counties, seed, teachers, out, progress::update);
        progress.finish();
        spec.commandLine().getOut().printf("%d counties, %d schools, %d statistics rows, %d teachers -> %s%n",
                result.counties(), result.schools(), result.statisticsRows(), result.teachers(), result.directory());
        return 0;
    }
}
