package org.junheng.rotation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.ortools.Loader;
import org.junheng.importing.generator.CountyPlan;
import org.junheng.importing.generator.FileGenerator;
import org.junheng.importing.generator.ProvinceLayouts;
import org.junheng.importing.ImportProgress;
import org.junheng.importing.Importer;
import org.junheng.importing.SchoolStatsFile;
import org.junheng.importing.TeachersFile;
import org.junheng.registry.School;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Teacher;

/**
 * The rotation planner against exact models: for generated counties of 50, 150 and 300 schools, the
 * planner's plan after its time limit, and what OR-Tools says of the same rules and objective
 * ({@link ExactRotationModel}): the optimum of the LP relaxation (GLOP), and the model with whole
 * moves (SCIP or CP-SAT) started from the planner's plan. The exact models leave out the rule that no
 * coefficient may rise, so they are relaxations: their optima and bounds are lower bounds of the
 * planner's problem, and the gap measured is an upper bound of the planner's true gap. Both sides
 * value a plan the same way, in thousandths of a point as the planner's soft score; the benchmark
 * checks that they agree on the planner's plan.
 *
 * <p>Arguments: planner seconds, seconds for each whole-move method, school counts (e.g. 50,150,300),
 * methods (lp, scip, cpsat, lp-support; with the school rule: rule-scip, rule-lp, reach — whether any plan makes each
 * school-stage compliant that the planner's leaves non-compliant —, lagrange, lagrange-no-coefficients, compare).
 * School-stages that {@code reach} proves never compliant, in the same run or named in {@code -Drule.never-compliant},
 * are held non-compliant by the methods after it: e.g. {@code reach,rule-scip} with {@code -Dreach.relaxed-only=true}
 * (proofs by the LP relaxation only) bounds the 150-school county within a tenth of a percent;
 * {@code -Dreach.restricted=true} (and {@code -Dreach.widened=true}) looks for a plan among the relaxation's moves
 * instead of SCIP on the whole problem. {@code -Dplanner.steps=N} plans by a step budget with seed 7 instead of the
 * seconds and prints the time and a fingerprint of the plan, to time two builds of the planner on the same plan.
 */
public final class ExactRotationBenchmark {

    /** Generated counties of exactly 50, 150 and 300 schools, ordinary and fairly unequal (much to even out). */
    private static final int[] SCHOOLS = {50, 150, 300};
    private static final int YEAR = 2025;

    private ExactRotationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long exactSeconds = args.length > 1 ? Long.parseLong(args[1]) : 600;
        Set<Integer> only = args.length > 2 && System.getProperty("benchmark.files") == null
                ? Arrays.stream(args[2].split(",")).map(Integer::valueOf).collect(Collectors.toSet()) : Set.of();
        List<String> methods = List.of((args.length > 3 ? args[3] : "lp,scip").split(","));
        Loader.loadNativeLibraries();
        // -Dbenchmark.files=DIR: the school-stats.csv and teachers.csv of DIR (e.g. the demo province), the counties
        // named by code in the third argument, instead of the generated counties of 50, 150 and 300 schools
        String files = System.getProperty("benchmark.files");
        Path demo = files != null ? Path.of(files) : Files.createTempDirectory("junheng-rotation-benchmark");
        List<String[]> regions = new ArrayList<>();
        regions.add(new String[] {"990000", "示范省", ""});
        regions.add(new String[] {"990300", "平川市", ""});
        List<CountyPlan> counties = new ArrayList<>();
        for (int i = 0; i < SCHOOLS.length; i++) {
            String code = "9903" + (71 + i);
            regions.add(new String[] {code, "基准县" + SCHOOLS[i], ""});
            counties.add(new CountyPlan(code, "基准县" + SCHOOLS[i], Set.of(), SCHOOLS[i], 1.0, 0.26, 119 + i, 28));
        }
        if (files == null) {
            new FileGenerator(new ProvinceLayouts.Layout(regions, counties), 2025, true, true, List.of(YEAR)).writeTo(demo, c -> { });
        }
        SchoolStatsFile stats;
        try (InputStream in = Files.newInputStream(demo.resolve("school-stats.csv"))) {
            stats = Importer.readSchoolStats(in, "school-stats.csv", Locale.ENGLISH, ImportProgress.NONE);
        }
        Map<String, School> schools = new HashMap<>();
        stats.rows().forEach(r -> schools.putIfAbsent(r.school().code(), r.school()));
        TeachersFile roster;
        try (InputStream in = Files.newInputStream(demo.resolve("teachers.csv"))) {
            roster = Importer.readTeachers(in, "teachers.csv", Locale.ENGLISH, schools, ImportProgress.NONE);
        }
        System.out.println("| county | schools | eligible | moves open | planner at " + seconds + " s | exact methods "
                + "| planner above the best plan | planner above the bound | within 1% of the bound after |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<String> chosen = files != null ? List.of(args[2].split(","))
                : counties.stream().filter(c -> only.isEmpty() || only.contains(c.schools())).map(CountyPlan::code).toList();
        for (String county : chosen) {
            List<SchoolYear> years = stats.rows().stream()
                    .filter(r -> r.statistics().year() == YEAR && r.school().countyCode().equals(county)).toList();
            Set<String> codes = years.stream().map(y -> y.school().code()).collect(Collectors.toSet());
            List<Teacher> teachers = roster.teachers().stream().filter(t -> codes.contains(t.schoolCode())).toList();
            RotationProblem problem = new RotationProblem(county, county, YEAR, years, teachers, Set.of());
            run(problem, seconds, exactSeconds, methods);
        }
    }

    private record Best(long millis, double points) {
    }

    /**
     * A plan that makes {@code part} compliant among the moves the relaxation made in part and the planner's (with
     * {@code -Dreach.widened=true} also every move of a teacher moving in either and every move to the part's school): a
     * plan found is a plan of the whole problem; none found proves nothing, and is reported NOT_SOLVED.
     */
    private static ExactResult reachAmong(ExactRotationModel model, org.junheng.rotation.model.SchoolPart part,
                                          Map<String, String> planned, Set<ExactRotationModel.Arc> relaxedMoves, long seconds) {
        Set<ExactRotationModel.Arc> open = new HashSet<>(relaxedMoves);
        model.solution().candidates().forEach(c -> model.arcsOf(c).stream()
                .filter(a -> a.to().school().code().equals(planned.get(c.teacherId()))).forEach(open::add));
        if (Boolean.getBoolean("reach.widened")) {
            Set<org.junheng.rotation.model.Candidate> moving = new HashSet<>();
            open.forEach(a -> moving.add(a.candidate()));
            model.arcs().stream().filter(a -> moving.contains(a.candidate()) || a.to().school() == part.school())
                    .forEach(open::add);
        }
        ExactResult restricted = SchoolRuleModel.reach(model.restrictedTo(open), part, seconds);
        return restricted.status().equals("INFEASIBLE")
                ? new ExactResult("no plan among " + open.size() + " moves (the relaxation's and the planner's; proves nothing)",
                        "NOT_SOLVED", Double.NaN, Double.NaN, restricted.seconds(), Map.of())
                : restricted;
    }

    private static void run(RotationProblem problem, int seconds, long exactSeconds, List<String> methods) {
        List<Best> history = new ArrayList<>();
        long start = System.nanoTime();
        // -Dplanner.steps=N: a step budget and seed 7 instead of the seconds, the same plan on every machine (to time
        // the planner's own speed against another build of it)
        Integer steps = Integer.getInteger("planner.steps");
        SearchBudget budget = steps == null ? SearchBudget.time(Duration.ofSeconds(seconds)) : SearchBudget.steps(steps, 7);
        RotationPlan plan = new RotationPlanner().plan(problem, RotationRules.DEFAULT, budget,
                (score, moves) -> history.add(new Best((System.nanoTime() - start) / 1_000_000, softPoints(score))));
        Map<String, String> moves = plan.moves().stream().collect(Collectors.toMap(PlannedMove::teacherId, PlannedMove::toSchool));
        if (steps != null) {
            System.err.printf(Locale.ROOT, "  planner: %d steps in %.1f s, plan %08x%n", steps, (System.nanoTime() - start) / 1e9,
                    new java.util.TreeMap<>(moves).toString().hashCode());
        }
        ExactRotationModel model = new ExactRotationModel(new ProblemBuilder(problem, RotationRules.DEFAULT).build());
        double planner = model.value(moves) / 1000.0;
        double plannerScore = softPoints(plan.score());
        if (Math.abs(planner - plannerScore) > 1e-9) {
            throw new IllegalStateException("the exact model values the planner's plan at " + planner
                    + " points, the planner at " + plannerScore + ": the models differ");
        }
        System.err.println("  planner: " + model.breakdown(moves));
        keep(problem.countyCode() + "-planner", moves);
        int before = plan.effect().stages().stream().mapToInt(PlanEffect.StageEffect::compliantBefore).sum();
        int after = plan.effect().stages().stream().mapToInt(PlanEffect.StageEffect::compliantAfter).sum();
        int lost = plan.effect().stages().stream().mapToInt(s -> s.noLongerCompliant().size()).sum();
        if (exactSeconds == 0) {
            System.out.printf(Locale.ROOT, "| %s | planner only: %.1f | %d moves (%d required) | compliant %d → %d, %d lost |%n",
                    problem.countyCode(), planner, plan.moves().size(), plan.quotas().requiredRotated(), before, after, lost);
            return;
        }
        List<ExactResult> results = new ArrayList<>();
        Set<ExactRotationModel.Arc> support = new HashSet<>();
        Set<org.junheng.rotation.model.SchoolPart> neverCompliant = new HashSet<>();
        // school-stages proved never compliant by earlier "reach" runs, e.g. 2990372003/junior,2990372038/primary
        Set<String> proved = Set.copyOf(Arrays.asList(System.getProperty("rule.never-compliant", "").split(",")));
        model.solution().parts().stream().filter(p -> proved.contains(p.toString())).forEach(neverCompliant::add);
        if (!neverCompliant.isEmpty()) {
            System.err.println("  held never compliant, as proved before: " + neverCompliant);
        }
        for (String method : methods) {
            ExactResult result = switch (method) {
                case "lp" -> LinearRelaxation.solve(model, 3600, support);
                case "lp-support" -> {
                    // whole moves among those the LP (run first) makes in part or whole and the planner's: a plan, not a bound
                    Map<String, String> planned = moves;
                    model.solution().candidates().forEach(c -> model.arcsOf(c).stream()
                            .filter(a -> a.to().school().code().equals(planned.get(c.teacherId()))).forEach(support::add));
                    ExactResult r = LinearRelaxation.solveWholeMoves(model.restrictedTo(support), "SCIP", moves, exactSeconds);
                    yield new ExactResult("SCIP on the LP's moves and the planner's", r.status(), r.best(), Double.NaN, r.seconds(), r.plan());
                }
                case "scip" -> LinearRelaxation.solveWholeMoves(model, "SCIP", moves, exactSeconds);
                case "cpsat" -> CpSatRotationModel.solve(model, moves, exactSeconds);
                case "rule-scip" -> SchoolRuleModel.solve(model, "SCIP", true, moves, exactSeconds, neverCompliant);
                // GLOP stops ABNORMAL on this model at 150 schools; CLP solves it
                case "rule-lp" -> SchoolRuleModel.solve(model, System.getProperty("rule.lp-solver", "CLP"), false, Map.of(), exactSeconds,
                        neverCompliant);
                case "reach" -> {
                    // each school-stage that teachers could make compliant and the planner's plan leaves non-compliant:
                    // is there any plan that keeps every rule and makes it compliant?
                    Map<org.junheng.rotation.model.SchoolPart, Map<org.junheng.rotation.model.TeacherIndicator, Integer>> counts =
                            model.counts(moves);
                    for (org.junheng.rotation.model.SchoolPart part : model.solution().parts()) {
                        var rule = part.rule();
                        var here = counts.getOrDefault(part, Map.of());
                        String only = System.getProperty("reach.only");   // one school-stage, e.g. 2990372108/primary
                        if (only != null && !only.equals(part.toString())) {
                            continue;
                        }
                        if (rule == null || !part.assessed() || rule.compliantBefore() || !rule.reachable()
                                || part.compliant(here.getOrDefault(org.junheng.rotation.model.TeacherIndicator.QUALIFIED, 0),
                                here.getOrDefault(org.junheng.rotation.model.TeacherIndicator.BACKBONE, 0),
                                here.getOrDefault(org.junheng.rotation.model.TeacherIndicator.PE_ART, 0))) {
                            continue;
                        }
                        StringBuilder needs = new StringBuilder("  " + part + ", " + part.students() + " students, " + rule
                                + "; teachers before / after the planner's plan:");
                        for (var indicator : org.junheng.rotation.model.TeacherIndicator.values()) {
                            needs.append(' ').append(indicator).append(' ')
                                    .append(part.teachers(indicator, part.candidatesBefore(indicator))).append(" / ")
                                    .append(part.teachers(indicator, here.getOrDefault(indicator, 0)));
                        }
                        System.err.println(needs);
                        Set<ExactRotationModel.Arc> relaxedMoves = new HashSet<>();
                        // with no subject slack every school-stage keeps its eligible teachers subject by subject: the
                        // most each indicator can count there settles it at once where even that is not compliant
                        boolean beyondSubjectRule = model.policy().subjectSlack() == 0 && !Boolean.getBoolean("rule.without-subject")
                                && part.beyondRotationKeepingEverySubject();
                        ExactResult r = beyondSubjectRule
                                ? new ExactResult("the subject rule's count, whether any plan makes " + part + " compliant",
                                        "INFEASIBLE", Double.NaN, Double.NaN, 0, Map.of())
                                : SchoolRuleModel.reachRelaxed(model, part, exactSeconds, relaxedMoves);
                        if (!r.status().equals("INFEASIBLE") && Boolean.getBoolean("reach.restricted")) {
                            System.err.printf(Locale.ROOT, "%s: %s, %d moves in part%n", problem.countyCode(), r.describe(),
                                    relaxedMoves.size());
                            r = reachAmong(model, part, moves, relaxedMoves, exactSeconds);
                        } else if (!r.status().equals("INFEASIBLE") && !Boolean.getBoolean("reach.relaxed-only")) {
                            // the relaxation can: only the whole problem settles it
                            System.err.printf(Locale.ROOT, "%s: %s%n", problem.countyCode(), r.describe());
                            r = SchoolRuleModel.reach(model, part, exactSeconds);
                        }
                        if (r.status().equals("INFEASIBLE")) {
                            neverCompliant.add(part);
                        }
                        System.err.printf(Locale.ROOT, "%s: planner %.1f; %s%n", problem.countyCode(), planner, r.describe());
                        if (!r.plan().isEmpty()) {
                            System.err.println("  " + model.breakdown(r.plan()));
                            keep(problem.countyCode() + "-reach-" + part.toString().replace('/', '-'), r.plan());
                        }
                    }
                    yield null;
                }
                case "lagrange" -> LagrangianBound.solve(model, planner, exactSeconds, true, neverCompliant);
                case "lagrange-no-coefficients" -> LagrangianBound.solve(model, planner, exactSeconds, false, neverCompliant);
                case "compare" -> {
                    // the planner's plan against one kept by an earlier run (its name after "compare-"), school-stage by school-stage
                    Map<String, String> other = read(problem.countyCode() + "-" + System.getProperty("compare", "rule-scip"));
                    System.err.println("  planner / other: " + model.breakdown(other) + " = " + model.value(other) / 1000.0);
                    System.err.print(model.compare(moves, other, Boolean.getBoolean("compare.all")));
                    yield null;
                }
                default -> throw new IllegalArgumentException("unknown exact method " + method);
            };
            if (result == null) {
                continue;
            }
            System.err.printf(Locale.ROOT, "%s: planner %.1f; %s%n", problem.countyCode(), planner, result.describe());
            results.add(result);
            if (!result.plan().isEmpty()) {
                System.err.println("  " + result.method() + ": " + model.breakdown(result.plan()) + " = "
                        + model.value(result.plan()) / 1000.0);
                keep(problem.countyCode() + "-" + method, result.plan());
            }
        }
        double bound = results.stream().mapToDouble(ExactResult::bound).filter(b -> !Double.isNaN(b)).max().orElse(Double.NaN);
        double best = Math.min(planner, results.stream().mapToDouble(ExactResult::best).filter(b -> !Double.isNaN(b))
                .min().orElse(planner));
        String reached = history.stream().filter(b -> b.points() <= bound + Math.abs(bound) * 0.01).findFirst()
                .map(b -> String.format(Locale.ROOT, "%.1f s", b.millis() / 1000.0)).orElse("not within " + seconds + " s");
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s, %.1f | %s | %.2f%% | %.2f%% | %s |%n",
                problem.countyCode(), model.solution().schools().size(), model.solution().candidates().size(),
                model.arcs().size(), plan.feasible() ? "feasible" : "INFEASIBLE", planner,
                results.stream().map(ExactResult::describe).collect(Collectors.joining("; ")),
                100 * (planner - best) / Math.abs(best), 100 * (planner - bound) / Math.abs(bound), reached);
    }

    /** Writes a plan (teacher, school moved to) under target/rotation-plans, to compare plans after a run. */
    private static void keep(String name, Map<String, String> plan) {
        try {
            Path file = Path.of("target", "rotation-plans", name + ".tsv");
            Files.createDirectories(file.getParent());
            Files.write(file, plan.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "\t" + e.getValue()).toList());
        } catch (IOException e) {
            System.err.println("  plan not written: " + e.getMessage());
        }
    }

    private static Map<String, String> read(String name) {
        try {
            return Files.readAllLines(Path.of("target", "rotation-plans", name + ".tsv")).stream().map(l -> l.split("\t"))
                    .collect(Collectors.toMap(f -> f[0], f -> f[1]));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The planner's soft score in points (its scores count thousandths, negative for penalties). */
    private static double softPoints(String score) {
        String soft = score.substring(score.indexOf('/') + 1).replace("soft", "");
        return -Long.parseLong(soft) / 1000.0;
    }
}
