package org.junheng.rotation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junheng.registry.Stage;
import org.junheng.rotation.ExactRotationModel.Arc;
import org.junheng.rotation.ExactRotationModel.Curve;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.SchoolRuleNeeds;
import org.junheng.rotation.model.StageBalance;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * The planner's whole problem since the school rule came into it, as a mixed-integer model for SCIP
 * (or, with every variable continuous, its LP relaxation for GLOP):
 *
 * <ul>
 * <li>one 0/1 variable per teacher and open destination, with the move's cost, and the quota,
 *     headcount and subject rules as in {@link LinearRelaxation};</li>
 * <li>per school-stage and teacher indicator, one 0/1 variable per whole number of eligible teachers
 *     that can be there, exactly one of them chosen, whose cost is the planner's own at that number —
 *     the curves now step at the standard (an indicator below it costs a level-2 point), so they are
 *     not convex and the chain of segments of {@code LinearRelaxation} no longer fits them;</li>
 * <li>per assessed school-stage, the school rule: where it was compliant, every indicator at its floor and
 *     no more below the standard than the rule allows (the hard rule); where teachers could make it
 *     compliant, the teachers it is short ({@link SchoolRuleNeeds#teachersShort}: every indicator to its
 *     floor, and the cheapest of them to their standards, chosen by the solver) and whether it is
 *     compliant, with the planner's costs for both.</li>
 * </ul>
 *
 * <p>The rule that no coefficient may rise is in it too ({@link #coefficientsNoHigher}), so the model is the
 * planner's whole problem (up to the solver's tolerances) and SCIP's optimum the planner's.
 */
final class SchoolRuleModel {

    private SchoolRuleModel() {
    }

    /**
     * The model solved, told which school-stages no plan keeping every rule makes compliant (each proved by {@link #reach}):
     * they are held non-compliant, which every plan is, so the bound is still a bound of every plan — but the
     * relaxation can no longer buy their compliance with fractions of moves.
     */
    static ExactResult solve(ExactRotationModel model, String solverId, boolean integral, Map<String, String> hint,
                             long seconds, Set<SchoolPart> neverCompliant) {
        return solve(model, solverId, integral, hint, seconds, null, neverCompliant, new HashSet<>());
    }

    /**
     * Any plan that keeps every rule and makes {@code compliant} compliant, by SCIP with no objective: a plan when
     * there is one (its value then comes from the exact model), or a proof that there is none (status INFEASIBLE).
     */
    static ExactResult reach(ExactRotationModel model, SchoolPart compliant, long seconds) {
        ExactResult found = solve(model, "SCIP", true, Map.of(), seconds, compliant, Set.of(), new HashSet<>());
        double value = found.plan().isEmpty() ? Double.NaN : model.value(found.plan()) / 1000.0;
        return new ExactResult("SCIP, a plan that makes " + compliant + " compliant", found.status(), value, Double.NaN,
                found.seconds(), found.plan());
    }

    /**
     * Whether even the LP relaxation can make {@code compliant} compliant: INFEASIBLE proves, in a minute, that no plan
     * does; a relaxation that can proves nothing. GLOP settles these in a fraction of CLP's time (and agreed with
     * SCIP's proofs wherever both were run).
     */
    static ExactResult reachRelaxed(ExactRotationModel model, SchoolPart compliant, long seconds, Set<Arc> support) {
        ExactResult found = solve(model, System.getProperty("reach.lp-solver", "GLOP"), false, Map.of(), seconds, compliant,
                Set.of(), support);
        return new ExactResult("LP relaxation, whether it makes " + compliant + " compliant", found.status(), Double.NaN,
                Double.NaN, found.seconds(), Map.of());
    }

    /**
     * The eligible teachers of the curve's indicator that can be at its school-stage in any plan: with no subject slack
     * every school-stage keeps its eligible teachers subject by subject, so it has no more of them counted in the
     * qualified or backbone indicator than it has eligible teachers, and exactly its PE/arts teachers
     * ({@link SchoolPart#mostTeachersKeepingEverySubject}). A whole plan never leaves this range, but the relaxation
     * would spread a count over numbers on both sides of a standard; {@code -Drule.without-subject-count=true} lets it.
     */
    private static int[] candidatesRange(Curve curve, Policy policy) {
        if (policy.subjectSlack() > 0 || Boolean.getBoolean("rule.without-subject") || Boolean.getBoolean("rule.without-subject-count")) {
            return new int[] {0, curve.max()};
        }
        SchoolPart part = curve.part();
        TeacherIndicator indicator = curve.indicator();
        int most = part.mostTeachersKeepingEverySubject(indicator) - part.teachers(indicator, 0);
        return indicator == TeacherIndicator.PE_ART ? new int[] {curve.before(), curve.before()} : new int[] {0, most};
    }

    private static ExactResult solve(ExactRotationModel model, String solverId, boolean integral, Map<String, String> hint,
                                     long seconds, SchoolPart mustComply, Set<SchoolPart> neverCompliant,
                                     Set<Arc> support) {
        long start = System.nanoTime();
        MPSolver solver = MPSolver.createSolver(solverId);
        MPObjective objective = solver.objective();
        Map<String, MPConstraint> flows = new HashMap<>();
        Map<String, MPVariable[]> counts = new HashMap<>();
        for (Curve curve : model.curves()) {
            // Σ n·y_n − arrivals + departures = the eligible teachers before the plan; Σ y_n = 1
            MPConstraint flow = solver.makeConstraint(curve.before(), curve.before(), "");
            MPConstraint one = solver.makeConstraint(1, 1, "");
            MPVariable[] y = new MPVariable[curve.max() + 1];
            int[] range = candidatesRange(curve, model.policy());
            for (int n = 0; n <= curve.max(); n++) {
                y[n] = var(solver, integral, 0, n >= range[0] && n <= range[1] ? 1 : 0);
                objective.setCoefficient(y[n], curve.cost()[n]);
                flow.setCoefficient(y[n], n);
                one.setCoefficient(y[n], 1);
            }
            flows.put(curve.part() + "/" + curve.indicator(), flow);
            counts.put(curve.part() + "/" + curve.indicator(), y);
        }
        Map<Arc, MPVariable> x = MoveVariables.add(model, solver, integral, flows);
        Policy policy = model.policy();
        if (!Boolean.getBoolean("rule.without-coefficients")) {
            coefficientsNoHigher(solver, model, counts, integral);
        }
        for (SchoolPart part : model.solution().parts()) {
            schoolRule(solver, objective, part, counts, integral, policy.weights().compliantSchoolStage(), part == mustComply,
                    neverCompliant.contains(part));
        }
        if (mustComply != null) {
            objective.clear();
        }
        objective.setOffset(model.constant());
        objective.setMinimization();
        if (!hint.isEmpty() && integral) {
            MoveVariables.hint(model, solver, x, hint);
        }
        solver.setTimeLimit(seconds * 1000);
        MPSolver.ResultStatus status = solver.solve();
        long took = (System.nanoTime() - start) / 1_000_000_000;
        boolean found = status == MPSolver.ResultStatus.OPTIMAL || (integral && status == MPSolver.ResultStatus.FEASIBLE);
        double value = found ? objective.value() / 1000 : Double.NaN;
        double bound = !integral ? value : found ? objective.bestBound() / 1000 : Double.NaN;
        Map<String, String> plan = new HashMap<>();
        if (!integral && found) {
            model.arcs().stream().filter(a -> x.get(a).solutionValue() > 1e-9).forEach(support::add);
        }
        if (integral && found) {
            model.arcs().stream().filter(a -> x.get(a).solutionValue() > 0.5)
                    .forEach(a -> plan.put(a.candidate().teacherId(), a.to().school().code()));
        }
        solver.delete();
        return new ExactResult((integral ? solverId + " with the school rule (whole moves)"
                : "LP relaxation with the school rule (" + solverId + ")"), status.name(), integral ? value : Double.NaN,
                bound, took, plan);
    }

    /**
     * The rule that no coefficient may rise, exactly: CV² + 1 = S × ΣP / T² over a stage's assessed school-stages
     * (S = Σ Tᵢ²/Pᵢ, T = Σ Tᵢ), so the rule is S × T₀² ≤ S₀ × T². S is linear in the chosen counts (Tᵢ² of each
     * count is a number); T moves only by the teachers that go to or come from school-stages that are not assessed,
     * d of them, a whole number in a small range, so one 0/1 variable per value of d makes the rule
     * S ≤ Σ_d z_d × S₀ (T₀ + d)² / T₀² linear too.
     */
    private static void coefficientsNoHigher(MPSolver solver, ExactRotationModel model, Map<String, MPVariable[]> counts,
                                             boolean integral) {
        for (Stage stage : Stage.values()) {
            List<SchoolPart> parts = model.solution().parts().stream().filter(p -> p.stage() == stage).toList();
            List<SchoolPart> assessed = parts.stream().filter(SchoolPart::assessed).toList();
            if (assessed.isEmpty()) {
                continue;
            }
            List<SchoolPart> others = parts.stream().filter(p -> !p.assessed()).toList();
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                StageBalance before = model.policy().balanceBefore(stage, indicator);
                if (before.teachers() == 0) {
                    continue;
                }
                // d = the eligible teachers the assessed school-stages gain = those the others lose
                int lowest = 0;
                int highest = 0;
                MPConstraint gained = solver.makeConstraint(0, 0, "");
                for (SchoolPart other : others) {
                    MPVariable[] y = counts.get(other + "/" + indicator);
                    int was = other.candidatesBefore(indicator);
                    for (int n = 0; n < y.length; n++) {
                        gained.setCoefficient(y[n], was - n);
                    }
                    lowest += was - (y.length - 1);
                    highest += was;
                }
                MPConstraint one = solver.makeConstraint(1, 1, "");
                MPConstraint rule = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                double t0 = before.teachers();
                double s0 = before.squaresPerStudent().doubleValue();
                for (int d = lowest; d <= highest; d++) {
                    MPVariable z = var(solver, integral, 0, 1);
                    one.setCoefficient(z, 1);
                    gained.setCoefficient(z, -d);
                    rule.setCoefficient(z, -s0 * (t0 + d) * (t0 + d) / (t0 * t0));
                }
                for (SchoolPart part : assessed) {
                    MPVariable[] y = counts.get(part + "/" + indicator);
                    for (int n = 0; n < y.length; n++) {
                        rule.setCoefficient(y[n], part.balanceTerm(indicator, n).doubleValue());
                    }
                }
            }
        }
    }

    /**
     * The school rule at one school-stage, on the numbers chosen for its three indicators. The teacher
     * counts of {@link SchoolRuleNeeds} are the statistics' teachers: eligible ones chosen here, plus those
     * who cannot move.
     */
    private static void schoolRule(MPSolver solver, MPObjective objective, SchoolPart part, Map<String, MPVariable[]> counts,
                                   boolean integral, double weight, boolean mustComply, boolean neverCompliant) {
        SchoolRuleNeeds rule = part.rule();
        if (rule == null || !part.assessed() || !(rule.compliantBefore() || rule.reachable())) {
            return;
        }
        TeacherIndicator[] indicators = TeacherIndicator.values();
        // below[k]: Σ of the y_n whose teachers are below the standard; the same below the floor
        MPConstraint belowCount = solver.makeConstraint(Double.NEGATIVE_INFINITY, rule.belowAllowed(), "");
        MPVariable shortBy = null;
        MPConstraint shortfall = null;
        if (!rule.compliantBefore()) {
            // teachers short ≥ Σ floor gaps + Σ gaps to the standard of the indicators raised; not compliant when short
            shortBy = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
            MPVariable notCompliant = var(solver, integral, neverCompliant ? 1 : 0, mustComply ? 0 : 1);
            objective.setCoefficient(notCompliant, Math.round(1000 * weight));
            objective.setCoefficient(shortBy, 1000 * weight / 100);
            shortfall = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "");
            shortfall.setCoefficient(shortBy, 1);
            MPConstraint flagged = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "");
            flagged.setCoefficient(notCompliant, 1000);
            flagged.setCoefficient(shortBy, -1);
        }
        for (TeacherIndicator indicator : indicators) {
            MPVariable[] y = counts.get(part + "/" + indicator);
            int fixed = part.teachers(indicator, 0);
            int standard = rule.standardTeachers()[indicator.ordinal()];
            int floor = rule.floorTeachers()[indicator.ordinal()];
            MPVariable raised = shortBy == null ? null : var(solver, integral, 0, 1);
            MPVariable gap = shortBy == null ? null : solver.makeNumVar(0, Double.POSITIVE_INFINITY, "");
            MPConstraint gapAtLeast = gap == null ? null : solver.makeConstraint(-standard, Double.POSITIVE_INFINITY, "");
            // only an indicator below its standard is raised to it: raised ≤ Σ of its y_n below the standard
            MPConstraint raisedIfBelow = raised == null ? null : solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
            if (gap != null) {
                // gap ≥ Σ stdGap(n)·y_n − M·(1 − raised): the gap to the standard counts where the indicator is raised
                gapAtLeast.setCoefficient(gap, 1);
                gapAtLeast.setCoefficient(raised, -standard);
                shortfall.setCoefficient(gap, -1);
                belowCount.setCoefficient(raised, -1);
                raisedIfBelow.setCoefficient(raised, 1);
            }
            for (int n = 0; n < y.length; n++) {
                int teachers = fixed + n;
                boolean belowStandard = teachers < standard;
                if (belowStandard) {
                    belowCount.setCoefficient(y[n], 1);
                    if (raisedIfBelow != null) {
                        raisedIfBelow.setCoefficient(y[n], -1);
                    }
                }
                if (rule.compliantBefore() && teachers < floor) {
                    y[n].setUb(0);
                }
                if (shortfall != null) {
                    int floorGap = Math.max(0, floor - teachers);
                    int standardGap = belowStandard ? standard - Math.max(teachers, floor) : 0;
                    shortfall.setCoefficient(y[n], -floorGap);
                    gapAtLeast.setCoefficient(y[n], -standardGap);
                }
            }
        }
    }

    private static MPVariable var(MPSolver solver, boolean integral, double low, double high) {
        return integral ? solver.makeIntVar(low, high, "") : solver.makeNumVar(low, high, "");
    }
}
