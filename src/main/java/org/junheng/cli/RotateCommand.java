package org.junheng.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junheng.assessment.Profile;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;
import org.junheng.importing.TeachersFile;
import org.junheng.registry.Labelled;
import org.junheng.registry.School;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.rotation.BrokenRule;
import org.junheng.rotation.PlanEffect;
import org.junheng.rotation.RotationPlan;
import org.junheng.rotation.RotationPlanJson;
import org.junheng.rotation.RotationPlanWorkbook;
import org.junheng.rotation.RotationPlanner;
import org.junheng.rotation.RotationProblem;
import org.junheng.rotation.RotationRejected;
import org.junheng.rotation.RotationRules;
import org.junheng.rotation.SearchBudget;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rotate", description = {"为一个县编制年度教师交流轮岗方案（不需要服务器和数据库）。",
        "Plans a county's yearly teacher rotation from statistics and the roster; no server, no database."})
class RotateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--stats", required = true, description = "school-stats file, CSV (UTF-8) or XLSX")
    Path stats;

    @Option(names = "--teachers", required = true, description = "teachers file (the roster), CSV or XLSX")
    Path teachersFile;

    @Option(names = "--rules", description = "rules file (properties; see docs/rotation.md); defaults: item 11 and the 20%% local rule")
    Path rulesFile;

    @Option(names = "--profile", defaultValue = "national", paramLabel = "NAME|FILE",
            description = "provincial profile the county is assessed by (standards, rotation shares; default ${DEFAULT-VALUE})")
    String profileName;

    @Option(names = "--pairs", description = "schools paired in programmes: CSV of school_a,school_b (moves between them are preferred)")
    Path pairsFile;

    @Option(names = "--county", description = "county code (needed when the files hold several counties)")
    String county;

    @Option(names = "--year", description = "statistics year (default: the latest in the file)")
    Integer year;

    @Option(names = "--time-limit", description = "how long to search, e.g. 30s, 2m (default 30s)")
    String timeLimit;

    @Option(names = "--steps", description = "search a number of steps instead of a time: the same files, rules and seed "
            + "then give the same plan, byte for byte (for audit)")
    Integer steps;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the search's random choices (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "plan.json or plan.xlsx")
    Path out;

    @Option(names = "--lang", defaultValue = "zh", description = "language of messages: zh | en (default ${DEFAULT-VALUE})")
    String lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (steps != null && timeLimit != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--steps and --time-limit: give one of the two");
        }
        if (steps != null && steps < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--steps must be 1 or more");
        }
        SearchBudget budget = steps != null ? SearchBudget.steps(steps, seed)
                : SearchBudget.time(duration(timeLimit == null ? "30s" : timeLimit), seed);
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !name.endsWith(".xlsx")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must name a .json or .xlsx file");
        }
        for (Path file : new Path[] {stats, teachersFile, rulesFile, pairsFile}) {
            if (file != null && !Files.isRegularFile(file)) {
                err.println(file + ": 文件不存在 / no such file");
                return JunhengCommand.BAD_INPUT;
            }
        }
        Locale locale = lang.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Profile profile = ProfileFiles.load(profileName, err);
        if (profile == null) {
            return JunhengCommand.BAD_INPUT;
        }
        RotationRules rules = RotationRules.defaults(profile);
        if (rulesFile != null) {
            try (Reader in = Files.newBufferedReader(rulesFile, StandardCharsets.UTF_8)) {
                rules = RotationRules.read(in, RotationRules.defaults(profile));
            } catch (RotationRules.RulesRejected e) {
                err.println(rulesFile + ": " + e.getMessage());
                return JunhengCommand.BAD_INPUT;
            }
        }
        SchoolStatsFile statistics;
        try (InputStream in = Files.newInputStream(stats)) {
            statistics = Importer.readSchoolStats(in, stats.getFileName().toString(), locale, ImportProgress.NONE);
        }
        if (!statistics.valid()) {
            ImportErrorLines.print(err, stats, statistics.report());
            return JunhengCommand.BAD_INPUT;
        }
        int planYear = year != null ? year : statistics.rows().stream().mapToInt(r -> r.statistics().year()).max().orElse(0);
        Map<String, List<SchoolYear>> byCounty = statistics.rows().stream().filter(r -> r.statistics().year() == planYear)
                .collect(Collectors.groupingBy(r -> r.school().countyCode(), TreeMap::new, Collectors.toList()));
        if (byCounty.isEmpty()) {
            err.println(stats + ": 没有 " + planYear + " 年的数据 / no rows for year " + planYear);
            return JunhengCommand.BAD_INPUT;
        }
        if (county == null && byCounty.size() > 1) {
            err.println("文件含多个县，请用 --county 指定 / the file holds several counties; choose one with --county: "
                    + String.join(", ", byCounty.keySet()));
            return JunhengCommand.BAD_INPUT;
        }
        String code = county != null ? county : byCounty.keySet().iterator().next();
        List<SchoolYear> schools = byCounty.get(code);
        if (schools == null) {
            err.println(stats + ": 没有县 " + code + " / no county " + code + " in year " + planYear);
            return JunhengCommand.BAD_INPUT;
        }
        Map<String, School> allSchools = new HashMap<>();
        statistics.rows().forEach(r -> allSchools.putIfAbsent(r.school().code(), r.school()));
        TeachersFile roster;
        try (InputStream in = Files.newInputStream(teachersFile)) {
            roster = Importer.readTeachers(in, teachersFile.getFileName().toString(), locale, allSchools, ImportProgress.NONE);
        }
        if (!roster.valid()) {
            ImportErrorLines.print(err, teachersFile, roster.report());
            return JunhengCommand.BAD_INPUT;
        }
        RotationProblem problem = RotationProblem.ofCounty(code, statistics.countyNames().getOrDefault(code, code), planYear,
                schools, roster.teachers(), Set.of(), profile);
        if (pairsFile != null) {
            try {
                problem = problem.withPairedSchools(SchoolPairsFile.read(pairsFile, allSchools.keySet()));
            } catch (SchoolPairsFile.Rejected e) {
                err.println(pairsFile + ": " + e.getMessage());
                return JunhengCommand.BAD_INPUT;
            }
        }
        err.printf("county 县 %s, %d schools 所学校, %d teachers 名教师; searching 搜索 %s%n", code, schools.size(),
                problem.teachers().size(), budget);
        quietSolverLog();
        RotationPlan plan;
        try {
            plan = new RotationPlanner().plan(problem, rules, budget, new BestScoreLines(err));
        } catch (RotationRejected e) {
            err.println(e.getMessage());
            return JunhengCommand.BAD_INPUT;
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            if (name.endsWith(".json")) {
                RotationPlanJson.write(plan, stream);
            } else {
                RotationPlanWorkbook.write(plan, stream);
            }
        }
        summary(err, plan);
        return 0;
    }

    private void summary(PrintWriter err, RotationPlan plan) {
        err.printf("%s: %d moves 人交流 (required 须 ≥ %d of %d eligible 应交流), backbone 骨干 %d (≥ %d), "
                        + "special-grade and subject leaders 特级教师和学科带头人 %d (≥ %d); score %s -> %s%n",
                plan.feasible() ? "feasible 可行" : "INFEASIBLE 不可行", plan.quotas().rotated(), plan.quotas().requiredRotated(),
                plan.quotas().eligible(), plan.quotas().backboneRotated(), plan.quotas().requiredBackbone(),
                plan.quotas().localRuleRotated(), plan.quotas().requiredLocalRule(), plan.score(), out);
        for (BrokenRule broken : plan.brokenRules()) {
            err.printf("  %s: short by 差 %d — %s%n", broken.rule(), broken.shortBy(), broken.explanation());
        }
        for (PlanEffect.StageEffect stage : plan.effect().stages()) {
            long otherIndicators = stage.notCompliant().stream()
                    .filter(s -> PlanEffect.NotCompliant.OTHER_INDICATORS.equals(s.heldBackBy())).count();
            long subjectRule = stage.notCompliant().stream()
                    .filter(s -> PlanEffect.NotCompliant.SUBJECT_RULE.equals(s.heldBackBy())).count();
            err.printf("  %s %s: compliant 达标 %d -> %d of %d, lost 不再达标 %d; not compliant after 仍未达标 %d "
                            + "(%d held back by indicators moves do not change 受交流不改变的指标所限, %d by the subject rule "
                            + "受学科人数不减规则所限, %d short of teachers 差教师)%n",
                    stage.stage(), Labelled.parse(Stage.class, stage.stage()).map(Stage::chineseName).orElse(""),
                    stage.compliantBefore(), stage.compliantAfter(), stage.schoolStages(), stage.noLongerCompliant().size(),
                    stage.notCompliant().size(), otherIndicators, subjectRule,
                    stage.notCompliant().size() - otherIndicators - subjectRule);
        }
    }

    /** The solver's own log would land on standard output; the best-score lines say what matters. */
    private static void quietSolverLog() {
        if (LoggerFactory.getLogger("ai.timefold") instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.matches("\\d+")) {
                d = Duration.ofSeconds(Long.parseLong(t));
            } else if (t.matches("\\d+(s|m|h)")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            } else {
                d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            }
            if (d.isZero() || d.isNegative()) {
                throw new DateTimeParseException("not positive", text, 0);
            }
            return d;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit takes a duration such as 30s, 2m or PT90S");
        }
    }

    /** The best score so far on stderr, at most once a second. */
    private static final class BestScoreLines implements RotationPlanner.Progress {

        private final PrintWriter err;
        private long last;

        BestScoreLines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void bestScore(String score, int moves) {
            long now = System.nanoTime();
            if (now - last > 1_000_000_000L) {
                last = now;
                err.println("best 最优 " + score + " (" + moves + " moves 人交流)");
                err.flush();
            }
        }
    }
}
