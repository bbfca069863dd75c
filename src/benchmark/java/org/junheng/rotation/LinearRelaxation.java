package org.junheng.rotation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junheng.rotation.ExactRotationModel.Arc;
import org.junheng.rotation.ExactRotationModel.Curve;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * The linear relaxation of the exact model, solved to optimality by GLOP: every move a fraction
 * between 0 and 1, every cost curve a chain of unit segments of rising slope (which a minimisation
 * fills in order, so the curve's convex hull is met at whole numbers and on the straight lines between).
 * Its optimum is a lower bound of every plan's value — of the planner's too.
 */
final class LinearRelaxation {

    private LinearRelaxation() {
    }

    /** The linear relaxation, by GLOP. */
    static ExactResult solve(ExactRotationModel model, long seconds) {
        return solve(model, "GLOP", false, Map.of(), seconds, new HashSet<>());
    }

    /** The linear relaxation, by GLOP; {@code support} receives the moves it makes in part or whole. */
    static ExactResult solve(ExactRotationModel model, long seconds, Set<Arc> support) {
        return solve(model, "GLOP", false, Map.of(), seconds, support);
    }

    /**
     * The same model with whole moves (each arc 0 or 1) by a MIP solver, started from a plan; the
     * counts at each school-stage are then whole, where the hull meets each cost curve (or lies a
     * rounding thousandth below it), so its bound is a lower bound of every plan's value too.
     */
    static ExactResult solveWholeMoves(ExactRotationModel model, String solverId, Map<String, String> hint, long seconds) {
        return solve(model, solverId, true, hint, seconds, new HashSet<>());
    }

    private static ExactResult solve(ExactRotationModel model, String solverId, boolean integral, Map<String, String> hint,
                               long seconds, Set<Arc> support) {
        long start = System.nanoTime();
        MPSolver lp = MPSolver.createSolver(solverId);
        MPObjective objective = lp.objective();
        Map<String, MPConstraint> flows = new HashMap<>();
        Map<Curve, MPVariable[]> steps = new HashMap<>();
        for (Curve curve : model.curves()) {
            // steps − arrivals + departures = eligible teachers of the indicator before the plan
            MPConstraint flow = lp.makeConstraint(curve.before(), curve.before(), "");
            double[] hull = curve.hull();
            MPVariable[] own = new MPVariable[curve.max()];
            steps.put(curve, own);
            for (int n = 0; n < curve.max(); n++) {
                MPVariable step = lp.makeNumVar(0, 1, "");
                own[n] = step;
                objective.setCoefficient(step, hull[n + 1] - hull[n]);
                flow.setCoefficient(step, 1);
            }
            flows.put(curve.part() + "/" + curve.indicator(), flow);
        }
        Map<Arc, MPVariable> x = MoveVariables.add(model, lp, integral, flows);
        double offset = model.constant() + model.curves().stream().mapToLong(c -> c.cost()[0]).sum();
        objective.setOffset(offset);
        objective.setMinimization();
        if (!hint.isEmpty()) {
            MoveVariables.hint(model, lp, x, hint);
        }
        lp.setTimeLimit(seconds * 1000);
        MPSolver.ResultStatus status = lp.solve();
        long took = (System.nanoTime() - start) / 1_000_000_000;
        boolean found = status == MPSolver.ResultStatus.OPTIMAL || (integral && status == MPSolver.ResultStatus.FEASIBLE);
        double value = found ? objective.value() / 1000 : Double.NaN;
        double bound = !integral ? value : found ? objective.bestBound() / 1000 : Double.NaN;
        if (found) {
            System.err.println("  " + solverId + ": " + breakdown(model, x, steps));
        }
        Map<String, String> plan = new HashMap<>();
        if (found && !integral) {
            System.err.printf("  fractional arcs: %d, their sum %.1f; whole arcs %d%n",
                    model.arcs().stream().filter(a -> x.get(a).solutionValue() > 1e-6 && x.get(a).solutionValue() < 1 - 1e-6).count(),
                    model.arcs().stream().mapToDouble(a -> x.get(a).solutionValue()).filter(v -> v > 1e-6 && v < 1 - 1e-6).sum(),
                    model.arcs().stream().filter(a -> x.get(a).solutionValue() >= 1 - 1e-6).count());
        }
        if (found) {
            model.arcs().stream().filter(a -> x.get(a).solutionValue() > 1e-6).forEach(support::add);
        }
        if (integral && found) {
            model.arcs().stream().filter(a -> x.get(a).solutionValue() > 0.5)
                    .forEach(a -> plan.put(a.candidate().teacherId(), a.to().school().code()));
        }
        lp.delete();
        // the relaxation's optimum is a bound, not a plan
        return new ExactResult(integral ? solverId + " (whole moves)" : "LP relaxation (" + solverId + ")", status.name(),
                integral ? value : Double.NaN, bound, took, plan);
    }

    /** What the solver's (perhaps fractional) plan is made of, in points, as the exact model's breakdown of a plan. */
    private static String breakdown(ExactRotationModel model, Map<Arc, MPVariable> x, Map<Curve, MPVariable[]> steps) {
        double moves = 0;
        double cost = 0;
        double km = 0;
        for (Arc arc : model.arcs()) {
            double v = x.get(arc).solutionValue();
            moves += v;
            cost += v * arc.cost();
            Double d = arc.candidate().origin().school().distanceKm(arc.to().school());
            km += d == null ? 0 : v * d;
        }
        Map<TeacherIndicator, Double> byIndicator = new java.util.EnumMap<>(TeacherIndicator.class);
        for (Map.Entry<Curve, MPVariable[]> e : steps.entrySet()) {
            double[] hull = e.getKey().hull();
            double value = e.getKey().cost()[0];
            for (int n = 0; n < e.getValue().length; n++) {
                value += e.getValue()[n].solutionValue() * (hull[n + 1] - hull[n]);
            }
            byIndicator.merge(e.getKey().indicator(), value, Double::sum);
        }
        return String.format(java.util.Locale.ROOT, "%.1f moves (%.0f km), moves %.1f, constant %.1f, %s", moves, km,
                cost / 1000, model.constant() / 1000.0, byIndicator.entrySet().stream()
                        .map(e -> String.format(java.util.Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / 1000)).toList());
    }
}
