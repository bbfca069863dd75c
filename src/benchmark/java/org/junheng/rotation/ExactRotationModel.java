package org.junheng.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPair;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.TeacherIndicator;
import org.junheng.rotation.model.Weights;

/**
 * The planner's problem in the terms an exact solver takes: one arc per teacher and open
 * destination with the cost of that move, and one cost curve per school-stage and teacher
 * indicator giving the cost of each whole number of eligible teachers of the indicator there.
 * Costs are in thousandths of a point, rounded exactly as the planner's constraints round them,
 * so a plan's value here equals minus the planner's soft score.
 *
 * <p>Why curves of whole numbers: the planner's cost of a school-stage (shortfall against the
 * standard plus the share of CV²) is convex in the number of teachers n. Joining its values at
 * whole n by straight lines keeps every whole point while making the LP relaxation as tight as a
 * separable convex cost allows: a fraction of a teacher buys only that fraction of the step to the
 * next whole teacher, not the fraction of a standard that is itself a fraction.
 */
final class ExactRotationModel {

    /** A teacher's possible move with its cost: the move, its kilometres, a pairing reward, a rural school's reward. */
    record Arc(Candidate candidate, SchoolPart to, long cost) {
    }

    /**
     * The cost of {@code n} eligible teachers of an indicator at a school-stage, for n from 0 to
     * {@code max()} — as many as can be there under the headcount rule — and the corners of its
     * lower convex hull. The planner rounds each cost to a thousandth, which can bend a nearly
     * straight curve the wrong way by a thousandth; the hull is the tightest convex curve below it.
     */
    record Curve(SchoolPart part, TeacherIndicator indicator, long[] cost, int[] corners) {

        int before() {
            return part.candidatesBefore(indicator);
        }

        int max() {
            return cost.length - 1;
        }

        /** The hull's value at each whole n: the cost at a corner, the straight line between corners elsewhere. */
        double[] hull() {
            double[] hull = new double[cost.length];
            for (int i = 0; i + 1 < corners.length; i++) {
                int a = corners[i];
                int b = corners[i + 1];
                for (int n = a; n <= b; n++) {
                    hull[n] = cost[a] + (double) (cost[b] - cost[a]) * (n - a) / (b - a);
                }
            }
            hull[corners[0]] = cost[corners[0]];
            return hull;
        }
    }

    private final RotationSolution solution;
    private final List<Arc> arcs = new ArrayList<>();
    private final Map<Candidate, List<Arc>> arcsOf = new HashMap<>();
    private final List<Curve> curves = new ArrayList<>();
    private final long constant;

    ExactRotationModel(RotationSolution solution) {
        this.solution = solution;
        Policy policy = solution.policy();
        Weights weights = policy.weights();
        Set<SchoolPair> pairs = new HashSet<>(solution.pairs());
        Map<RotationSchool, Integer> candidatesAt = new HashMap<>();
        long seniors = 0;
        for (Candidate c : solution.candidates()) {
            candidatesAt.merge(c.origin().school(), 1, Integer::sum);
            if (c.seekingSeniorWithoutRural()) {
                seniors += thousandths(weights.seniorTitleRural());
            }
            List<Arc> own = new ArrayList<>();
            for (SchoolPart to : c.getDestinations()) {
                if (c.forbids(to) || (c.locked() && to != c.destination())) {
                    continue;
                }
                Double km = c.origin().school().distanceKm(to.school());
                if (km != null && km > policy.maxDistanceKm()) {
                    continue;
                }
                long cost = thousandths(weights.move()) + (km == null ? 0 : thousandths(weights.distance() * km))
                        - (pairs.contains(SchoolPair.of(c.origin().school().code(), to.school().code()))
                                ? thousandths(weights.pairedSchools()) : 0)
                        - (c.seekingSeniorWithoutRural() && to.school().rural() ? thousandths(weights.seniorTitleRural()) : 0);
                Arc arc = new Arc(c, to, cost);
                own.add(arc);
                arcs.add(arc);
            }
            arcsOf.put(c, own);
        }
        constant = seniors;
        for (SchoolPart part : solution.parts()) {
            int arrivalsAtMost = candidatesAt.getOrDefault(part.school(), 0) + policy.maxHeadcountChange();
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                int max = part.candidatesBefore(indicator) + arrivalsAtMost;
                long[] cost = new long[max + 1];
                for (int n = 0; n <= max; n++) {
                    cost[n] = part.cost(indicator, n);
                }
                curves.add(new Curve(part, indicator, cost, lowerHull(cost)));
            }
        }
    }

    private ExactRotationModel(ExactRotationModel whole, Set<Arc> kept) {
        this.solution = whole.solution;
        this.constant = whole.constant;
        this.curves.addAll(whole.curves);
        for (Candidate c : solution.candidates()) {
            List<Arc> own = whole.arcsOf(c).stream().filter(kept::contains).toList();
            arcsOf.put(c, own);
            arcs.addAll(own);
        }
    }

    /** The same problem with only the given moves open: its plans are plans of the whole problem. */
    ExactRotationModel restrictedTo(Set<Arc> kept) {
        return new ExactRotationModel(this, kept);
    }

    /** The corners of the lower convex hull of the points (n, cost[n]), from n = 0 to the last. */
    static int[] lowerHull(long[] cost) {
        int[] corners = new int[cost.length];
        int size = 0;
        for (int n = 0; n < cost.length; n++) {
            // drop the last corner while it lies on or above the line from the one before it to n
            while (size >= 2 && (cost[corners[size - 1]] - cost[corners[size - 2]]) * (long) (n - corners[size - 1])
                    >= (cost[n] - cost[corners[size - 1]]) * (long) (corners[size - 1] - corners[size - 2])) {
                size--;
            }
            corners[size++] = n;
        }
        return Arrays.copyOf(corners, size);
    }

    RotationSolution solution() {
        return solution;
    }

    Policy policy() {
        return solution.policy();
    }

    List<Arc> arcs() {
        return arcs;
    }

    List<Arc> arcsOf(Candidate candidate) {
        return arcsOf.get(candidate);
    }

    List<Curve> curves() {
        return curves;
    }

    /** What every plan pays regardless of its moves: each teacher seeking a senior title without rural service. */
    long constant() {
        return constant;
    }

    /** The value of a plan (teacher id → destination school code) in thousandths, computed from the arcs and curves. */
    long value(Map<String, String> moves) {
        long total = constant;
        Map<SchoolPart, Map<TeacherIndicator, Integer>> counts = new HashMap<>();
        for (Candidate c : solution.candidates()) {
            SchoolPart at = c.origin();
            String school = moves.get(c.teacherId());
            if (school != null) {
                Arc arc = arcsOf.get(c).stream().filter(a -> a.to().school().code().equals(school)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(c.teacherId() + " cannot move to " + school));
                total += arc.cost();
                at = arc.to();
            }
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                if (c.countsIn(indicator)) {
                    counts.computeIfAbsent(at, p -> new HashMap<>()).merge(indicator, 1, Integer::sum);
                }
            }
        }
        for (Curve curve : curves) {
            total += curve.cost()[counts.getOrDefault(curve.part(), Map.of()).getOrDefault(curve.indicator(), 0)];
        }
        return total + schoolRuleCost(counts);
    }

    /**
     * What the school rule costs the plan with these counts (the soft cost of school-stages left non-compliant);
     * the curves above do not hold it, as it joins a school-stage's three indicators.
     *
     * @throws IllegalArgumentException when a school-stage compliant before is not (the planner's hard rule)
     */
    long schoolRuleCost(Map<SchoolPart, Map<TeacherIndicator, Integer>> counts) {
        long total = 0;
        for (SchoolPart part : solution.parts()) {
            Map<TeacherIndicator, Integer> here = counts.getOrDefault(part, Map.of());
            int q = here.getOrDefault(TeacherIndicator.QUALIFIED, 0);
            int b = here.getOrDefault(TeacherIndicator.BACKBONE, 0);
            int pe = here.getOrDefault(TeacherIndicator.PE_ART, 0);
            if (part.losesCompliance(q, b, pe)) {
                throw new IllegalArgumentException(part + " is no longer compliant");
            }
            total += part.schoolRuleCost(q, b, pe);
        }
        return total;
    }

    /** What a plan's value is made of, in points: its moves, and the cost curves of each indicator. */
    String breakdown(Map<String, String> moves) {
        long arcCost = 0;
        Map<TeacherIndicator, Long> byIndicator = new java.util.EnumMap<>(TeacherIndicator.class);
        Map<SchoolPart, Map<TeacherIndicator, Integer>> counts = new HashMap<>();
        int backbone = 0;
        int local = 0;
        for (Candidate c : solution.candidates()) {
            SchoolPart at = c.origin();
            String school = moves.get(c.teacherId());
            if (school != null) {
                Arc arc = arcsOf.get(c).stream().filter(a -> a.to().school().code().equals(school)).findFirst().orElseThrow();
                arcCost += arc.cost();
                at = arc.to();
                backbone += c.backbone() ? 1 : 0;
                local += c.localRule() ? 1 : 0;
            }
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                if (c.countsIn(indicator)) {
                    counts.computeIfAbsent(at, p -> new HashMap<>()).merge(indicator, 1, Integer::sum);
                }
            }
        }
        for (Curve curve : curves) {
            byIndicator.merge(curve.indicator(),
                    curve.cost()[counts.getOrDefault(curve.part(), Map.of()).getOrDefault(curve.indicator(), 0)], Long::sum);
        }
        long schoolRule = schoolRuleCost(counts);
        // the indicators of assessed school-stages left below their standard, by the teachers each is short
        Map<TeacherIndicator, java.util.TreeMap<Integer, Integer>> below = new java.util.EnumMap<>(TeacherIndicator.class);
        for (Curve curve : curves) {
            int n = counts.getOrDefault(curve.part(), Map.of()).getOrDefault(curve.indicator(), 0);
            int short_ = 0;
            while (short_ < 50 && curve.part().belowStandard(curve.indicator(), n + short_)) {
                short_++;
            }
            if (short_ > 0) {
                below.computeIfAbsent(curve.indicator(), i -> new java.util.TreeMap<>()).merge(short_, 1, Integer::sum);
            }
        }
        int rural = 0;
        int exchanged = 0;
        double km = 0;
        Map<String, Integer> directions = new HashMap<>();
        for (Candidate c : solution.candidates()) {
            String school = moves.get(c.teacherId());
            if (school != null) {
                directions.merge(c.origin().school().code() + ">" + school + "/" + c.subject(), 1, Integer::sum);
            }
        }
        for (Candidate c : solution.candidates()) {
            String school = moves.get(c.teacherId());
            if (school == null) {
                continue;
            }
            Arc arc = arcsOf.get(c).stream().filter(a -> a.to().school().code().equals(school)).findFirst().orElseThrow();
            rural += c.seekingSeniorWithoutRural() && arc.to().school().rural() ? 1 : 0;
            Double d = c.origin().school().distanceKm(arc.to().school());
            km += d == null ? 0 : d;
            exchanged += directions.containsKey(school + ">" + c.origin().school().code() + "/" + c.subject()) ? 1 : 0;
        }
        return String.format(java.util.Locale.ROOT, "%d moves (%d backbone, %d of the local rule (at least %d), %d seniors to rural, %d in exchanges, %.0f km), moves %.1f, constant %.1f, school rule %.1f, %s", moves.size(),
                backbone, local, solution.policy().requiredLocal(), rural, exchanged, km, arcCost / 1000.0, constant / 1000.0,
                schoolRule / 1000.0, byIndicator.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() / 1000.0).toList())
                + "; below the standard (teachers short=school-stages): " + below
                + "; coefficients no higher: " + coefficientsNoHigher(counts);
    }

    /** The eligible teachers of each indicator at each school-stage under a plan. */
    Map<SchoolPart, Map<TeacherIndicator, Integer>> counts(Map<String, String> moves) {
        Map<SchoolPart, Map<TeacherIndicator, Integer>> counts = new HashMap<>();
        for (Candidate c : solution.candidates()) {
            SchoolPart at = c.origin();
            String school = moves.get(c.teacherId());
            if (school != null) {
                at = arcsOf.get(c).stream().filter(a -> a.to().school().code().equals(school)).findFirst().orElseThrow().to();
            }
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                if (c.countsIn(indicator)) {
                    counts.computeIfAbsent(at, p -> new HashMap<>()).merge(indicator, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The school-stages where two plans differ, one line each: the eligible teachers of each indicator before and
     * under each plan, an indicator below its standard marked with *, and what the indicators cost there in points.
     */
    String compare(Map<String, String> a, Map<String, String> b) {
        return compare(a, b, false);
    }

    /** The same, every assessed school-stage when {@code all}. */
    String compare(Map<String, String> a, Map<String, String> b, boolean all) {
        Map<SchoolPart, Map<TeacherIndicator, Integer>> ca = counts(a);
        Map<SchoolPart, Map<TeacherIndicator, Integer>> cb = counts(b);
        StringBuilder out = new StringBuilder();
        for (SchoolPart part : solution.parts()) {
            Map<TeacherIndicator, Integer> x = ca.getOrDefault(part, Map.of());
            Map<TeacherIndicator, Integer> y = cb.getOrDefault(part, Map.of());
            if (all ? !part.assessed() : x.equals(y)) {
                continue;
            }
            out.append(String.format(java.util.Locale.ROOT, "%-14s %5d pupils", part, part.students()));
            double costA = 0;
            double costB = 0;
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                int na = x.getOrDefault(indicator, 0);
                int nb = y.getOrDefault(indicator, 0);
                out.append(String.format(java.util.Locale.ROOT, " | %s need %.1f: %d -> %d%s / %d%s", indicator.name().charAt(0),
                        part.requiredTeachers(indicator) - part.teachers(indicator, 0),
                        part.candidatesBefore(indicator), na, part.belowStandard(indicator, na) ? "*" : "",
                        nb, part.belowStandard(indicator, nb) ? "*" : ""));
                costA += part.points(indicator, na);
                costB += part.points(indicator, nb);
            }
            out.append(String.format(java.util.Locale.ROOT, " | %.1f / %.1f%n", costA, costB));
        }
        return out.toString();
    }

    /** Whether no stage's teacher coefficient is higher with these counts than before (decided as the planner does). */
    private boolean coefficientsNoHigher(Map<SchoolPart, Map<TeacherIndicator, Integer>> counts) {
        for (org.junheng.registry.Stage stage : org.junheng.registry.Stage.values()) {
            List<SchoolPart> assessed = solution.parts().stream().filter(p -> p.stage() == stage && p.assessed()).toList();
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                org.junheng.rotation.model.StageBalance after = org.junheng.rotation.model.StageBalance.of(assessed, indicator,
                        p -> counts.getOrDefault(p, Map.of()).getOrDefault(indicator, 0));
                if (!assessed.isEmpty() && after.lessBalancedThan(solution.policy().balanceBefore(stage, indicator))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long thousandths(double points) {
        return Math.round(points * 1000);
    }
}
