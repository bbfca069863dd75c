package org.junheng.rotation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.DoubleLinearExpr;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
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
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPair;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * The rotation planner against an exact model: for generated counties of 50, 150 and 300 schools,
 * the planner's plan after its time limit and the optimum (or the best bound) of an OR-Tools CP-SAT
 * model of the same rules and objective. The exact model leaves out the rule that no coefficient
 * may rise (its objective pushes the coefficients down anyway), so it is a relaxation: its optimum
 * and its bound are lower bounds of the planner's problem, and the gap measured is an upper bound
 * of the planner's true gap. Objectives are in points, computed the same way for both plans.
 */
public final class ExactRotationBenchmark {

    /** Generated counties of exactly 50, 150 and 300 schools, ordinary and fairly unequal (much to even out). */
    private static final int[] SCHOOLS = {50, 150, 300};
    private static final int YEAR = 2025;

    private ExactRotationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Loader.loadNativeLibraries();
        Path demo = Files.createTempDirectory("junheng-rotation-benchmark");
        List<String[]> regions = new ArrayList<>();
        regions.add(new String[] {"990000", "示范省", ""});
        regions.add(new String[] {"990300", "平川市", ""});
        List<CountyPlan> counties = new ArrayList<>();
        for (int i = 0; i < SCHOOLS.length; i++) {
            String code = "9903" + (71 + i);
            regions.add(new String[] {code, "基准县" + SCHOOLS[i], ""});
            counties.add(new CountyPlan(code, "基准县" + SCHOOLS[i], Set.of(), SCHOOLS[i], 1.0, 0.26, 119 + i, 28));
        }
        new FileGenerator(new ProvinceLayouts.Layout(regions, counties), 2025, true, true, List.of(YEAR)).writeTo(demo, c -> { });
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
        System.out.println("| county | schools | eligible | planner at " + seconds + " s | within 1% of the exact value after "
                + "| exact model: status, best, bound (time) | gap to the bound |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (CountyPlan plan : counties) {
            String county = plan.code();
            List<SchoolYear> years = stats.rows().stream()
                    .filter(r -> r.statistics().year() == YEAR && r.school().countyCode().equals(county)).toList();
            Set<String> codes = years.stream().map(y -> y.school().code()).collect(Collectors.toSet());
            List<Teacher> teachers = roster.teachers().stream().filter(t -> codes.contains(t.schoolCode())).toList();
            RotationProblem problem = new RotationProblem(county, county, YEAR, years, teachers, Set.of());
            run(problem, seconds);
        }
    }

    private record Best(long millis, double points) {
    }

    private static void run(RotationProblem problem, int seconds) {
        List<Best> history = new ArrayList<>();
        long start = System.nanoTime();
        RotationPlan plan = new RotationPlanner().plan(problem, RotationRules.DEFAULT, Duration.ofSeconds(seconds),
                (score, moves) -> history.add(new Best((System.nanoTime() - start) / 1_000_000, softPoints(score))));
        double planner = points(problem, plan.moves().stream()
                .collect(Collectors.toMap(PlannedMove::teacherId, PlannedMove::toSchool)));

        ProblemBuilder builder = new ProblemBuilder(problem, RotationRules.DEFAULT);
        RotationSolution solution = builder.build();
        Map<String, String> hint = plan.moves().stream().collect(Collectors.toMap(PlannedMove::teacherId, PlannedMove::toSchool));
        Exact exact = exact(solution, hint, 4L * seconds);
        double target = Double.isNaN(exact.best()) ? exact.bound() : exact.best();
        String reached = history.stream().filter(b -> b.points() <= target + Math.abs(target) * 0.01).findFirst()
                .map(b -> String.format(Locale.ROOT, "%.1f s", b.millis() / 1000.0)).orElse("not within " + seconds + " s");
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %s, %.1f points | %s | %s, %.1f, %.1f (%d s) | %.2f%% |%n",
                problem.countyCode(), solution.schools().size(), solution.candidates().size(),
                plan.feasible() ? "feasible" : "INFEASIBLE", planner, reached, exact.status(), exact.best(), exact.bound(),
                exact.seconds(), 100 * (planner - exact.bound()) / Math.abs(exact.bound()));
    }

    /** The planner's soft score in points (its scores count thousandths, negative for penalties). */
    private static double softPoints(String score) {
        String soft = score.substring(score.indexOf('/') + 1).replace("soft", "");
        return -Long.parseLong(soft) / 1000.0;
    }

    /** The objective of a plan in points, unrounded. */
    private static double points(RotationProblem problem, Map<String, String> moves) {
        ProblemBuilder builder = new ProblemBuilder(problem, RotationRules.DEFAULT);
        RotationSolution solution = builder.build();
        solution.candidates().forEach(c -> c.setDestination(null));
        builder.startFrom(solution, moves);
        return objective(solution);
    }

    static double objective(RotationSolution solution) {
        var weights = solution.policy().weights();
        double total = 0;
        for (SchoolPart part : solution.parts()) {
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                int here = (int) solution.candidates().stream()
                        .filter(c -> c.countsIn(indicator) && c.effectivePart() == part).count();
                total += part.points(indicator, here);
            }
        }
        Set<SchoolPair> pairs = new HashSet<>(solution.pairs());
        for (Candidate c : solution.candidates()) {
            if (c.seekingSeniorWithoutRural() && !(c.moved() && c.destination().school().rural())) {
                total += weights.seniorTitleRural();
            }
            if (c.moved()) {
                Double km = c.distanceKm();
                total += weights.move() + (km == null ? 0 : weights.distance() * km);
                if (pairs.contains(SchoolPair.of(c.origin().school().code(), c.destination().school().code()))) {
                    total -= weights.pairedSchools();
                }
            }
        }
        return total;
    }

    private record Exact(String status, double best, double bound, long seconds) {
    }

    /** The same rules and objective as a CP-SAT model: one Boolean per teacher and destination. */
    /** @param hint the planner's moves, given to CP-SAT as a starting solution */
    private static Exact exact(RotationSolution solution, Map<String, String> hint, long seconds) {
        Policy policy = solution.policy();
        var weights = policy.weights();
        CpModel model = new CpModel();
        Map<Candidate, Map<SchoolPart, BoolVar>> x = new HashMap<>();
        Map<Candidate, LinearExpr> moved = new HashMap<>();
        List<IntVar> objectiveVars = new ArrayList<>();
        List<Double> objectiveCoefficients = new ArrayList<>();
        double constant = 0;
        Set<SchoolPair> pairs = new HashSet<>(solution.pairs());
        for (Candidate c : solution.candidates()) {
            Map<SchoolPart, BoolVar> choices = new HashMap<>();
            LinearExprBuilder sum = LinearExpr.newBuilder();
            for (SchoolPart d : c.getDestinations()) {
                BoolVar literal = model.newBoolVar(c.teacherId() + ">" + d);
                model.addHint(literal, d.school().code().equals(hint.get(c.teacherId())) ? 1 : 0);
                choices.put(d, literal);
                sum.add(literal);
                Double km = c.origin().school().distanceKm(d.school());
                double cost = weights.move() + (km == null ? 0 : weights.distance() * km)
                        - (pairs.contains(SchoolPair.of(c.origin().school().code(), d.school().code())) ? weights.pairedSchools() : 0)
                        - (c.seekingSeniorWithoutRural() && d.school().rural() ? weights.seniorTitleRural() : 0);
                objectiveVars.add(literal);
                objectiveCoefficients.add(cost);
            }
            if (c.seekingSeniorWithoutRural()) {
                constant += weights.seniorTitleRural();
            }
            LinearExpr total = sum.build();
            model.addLessOrEqual(total, 1);
            if (c.locked()) {
                model.addEquality(choices.get(c.destination()), 1);
            }
            x.put(c, choices);
            moved.put(c, total);
        }
        List<Candidate> all = solution.candidates();
        LinearExprBuilder rotated = LinearExpr.newBuilder();
        LinearExprBuilder backbone = LinearExpr.newBuilder();
        LinearExprBuilder local = LinearExpr.newBuilder();
        for (Candidate c : all) {
            rotated.add(moved.get(c));
            if (c.backbone()) {
                backbone.add(moved.get(c));
            }
            if (c.localRule()) {
                local.add(moved.get(c));
            }
        }
        LinearExpr rotatedSum = rotated.build();
        model.addGreaterOrEqual(rotatedSum, policy.requiredRotated());
        // 1000 × backbone ≥ share in thousandths × rotated (backbone is whole, so this is the rounded-up share)
        model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(backbone.build(), 1000)
                .addTerm(rotatedSum, -policy.backbonePerMille()).build(), 0);
        model.addGreaterOrEqual(local.build(), policy.requiredLocal());
        for (RotationSchool school : solution.schools()) {
            LinearExprBuilder net = LinearExpr.newBuilder();
            for (Candidate c : all) {
                if (c.origin().school() == school) {
                    net.addTerm(moved.get(c), -1);
                }
                x.get(c).forEach((d, literal) -> {
                    if (d.school() == school) {
                        net.add(literal);
                    }
                });
            }
            LinearExpr change = net.build();
            model.addLessOrEqual(change, policy.maxHeadcountChange());
            model.addGreaterOrEqual(change, -policy.maxHeadcountChange());
        }
        Map<String, LinearExprBuilder> subjectNet = new HashMap<>();
        for (Candidate c : all) {
            subjectNet.computeIfAbsent(c.origin() + "/" + c.subject(), k -> LinearExpr.newBuilder()).addTerm(moved.get(c), -1);
            x.get(c).forEach((d, literal) -> subjectNet.computeIfAbsent(d + "/" + c.subject(), k -> LinearExpr.newBuilder())
                    .add(literal));
        }
        subjectNet.values().forEach(net -> model.addGreaterOrEqual(net.build(), -policy.subjectSlack()));
        for (SchoolPart part : solution.parts()) {
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                LinearExprBuilder flow = LinearExpr.newBuilder();
                int arrivals = 0;
                for (Candidate c : all) {
                    if (!c.countsIn(indicator)) {
                        continue;
                    }
                    if (c.origin() == part) {
                        flow.addTerm(moved.get(c), -1);
                    }
                    BoolVar in = x.get(c).get(part);
                    if (in != null) {
                        flow.add(in);
                        arrivals++;
                    }
                }
                int base = part.teachers(indicator, part.candidatesBefore(indicator));
                int lo = Math.max(0, base - part.candidatesBefore(indicator));
                int hi = base + arrivals;
                IntVar t = model.newIntVar(lo, hi, "T" + part + indicator);
                model.addEquality(LinearExpr.newBuilder().add(t).addTerm(flow.build(), -1).build(), base);
                // shortfall in thousandths of a teacher: s ≥ 1000 × standard − 1000 × T
                long standard = Math.round(1000 * part.standardTeacher(indicator));
                IntVar s = model.newIntVar(0, Math.max(0, standard), "S" + part + indicator);
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(s).addTerm(t, 1000).build(), standard);
                objectiveVars.add(s);
                objectiveCoefficients.add(weights.standards() / 1000.0);
                // T² from below by the chords between consecutive integers: exact where T is whole
                IntVar z = model.newIntVar((long) lo * lo, (long) hi * hi, "Z" + part + indicator);
                for (int k = lo; k < hi; k++) {
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(z).addTerm(t, -(2L * k + 1)).build(), -(long) k * (k + 1));
                }
                if (lo == hi) {
                    model.addEquality(z, (long) lo * lo);
                }
                objectiveVars.add(z);
                objectiveCoefficients.add(weights.coefficient() * part.coefficientWeight(indicator));
            }
        }
        model.minimize(DoubleLinearExpr.weightedSumWithOffset(objectiveVars.toArray(new IntVar[0]),
                objectiveCoefficients.stream().mapToDouble(Double::doubleValue).toArray(), constant));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(2);
        long start = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        long took = (System.nanoTime() - start) / 1_000_000_000;
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        return new Exact(status.name(), found ? solver.objectiveValue() : Double.NaN, solver.bestObjectiveBound(), took);
    }
}
