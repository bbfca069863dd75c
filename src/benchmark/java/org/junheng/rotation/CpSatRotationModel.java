package org.junheng.rotation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import org.junheng.registry.Subject;
import org.junheng.rotation.ExactRotationModel.Arc;
import org.junheng.rotation.ExactRotationModel.Curve;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * The exact model in CP-SAT: a Boolean per arc, an integer count per cost curve, the curve's cost
 * taken at that count (an element constraint) and bounded from below by each edge of its convex
 * hull, which is what the LP of CP-SAT sees. Integer objective in thousandths of a point.
 */
final class CpSatRotationModel {

    private CpSatRotationModel() {
    }

    /** @param hint a plan (teacher id → school code) given to CP-SAT as its starting solution */
    static ExactResult solve(ExactRotationModel exact, Map<String, String> hint, long seconds) {
        Policy policy = exact.policy();
        CpModel model = new CpModel();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        LinearExprBuilder rotated = LinearExpr.newBuilder();
        LinearExprBuilder backbone = LinearExpr.newBuilder();
        LinearExprBuilder local = LinearExpr.newBuilder();
        Map<RotationSchool, LinearExprBuilder> headcount = new HashMap<>();
        Map<String, LinearExprBuilder> subjects = new HashMap<>();
        Map<String, LinearExprBuilder> flows = new HashMap<>();
        for (Candidate c : exact.solution().candidates()) {
            LinearExprBuilder once = LinearExpr.newBuilder();
            SchoolPart from = c.origin();
            for (Arc arc : exact.arcsOf(c)) {
                BoolVar v = model.newBoolVar("");
                model.addHint(v, arc.to().school().code().equals(hint.get(c.teacherId())) ? 1 : 0);
                if (c.locked()) {
                    model.addEquality(v, 1);
                }
                objective.addTerm(v, arc.cost());
                once.add(v);
                rotated.add(v);
                backbone.addTerm(v, (c.backbone() ? 1000 : 0) - policy.backbonePerMille());
                if (c.localRule()) {
                    local.add(v);
                }
                SchoolPart to = arc.to();
                headcount.computeIfAbsent(from.school(), s -> LinearExpr.newBuilder()).addTerm(v, -1);
                headcount.computeIfAbsent(to.school(), s -> LinearExpr.newBuilder()).add(v);
                subject(subjects, from, c.subject()).addTerm(v, -1);
                subject(subjects, to, c.subject()).add(v);
                for (TeacherIndicator indicator : TeacherIndicator.values()) {
                    if (c.countsIn(indicator)) {
                        flows.computeIfAbsent(from + "/" + indicator, k -> LinearExpr.newBuilder()).addTerm(v, -1);
                        flows.computeIfAbsent(to + "/" + indicator, k -> LinearExpr.newBuilder()).add(v);
                    }
                }
            }
            model.addLessOrEqual(once.build(), 1);
        }
        model.addGreaterOrEqual(rotated.build(), policy.requiredRotated());
        model.addGreaterOrEqual(backbone.build(), 0);
        model.addGreaterOrEqual(local.build(), policy.requiredLocal());
        headcount.values().forEach(net -> model.addLinearConstraint(net.build(), -policy.maxHeadcountChange(),
                policy.maxHeadcountChange()));
        subjects.values().forEach(net -> model.addGreaterOrEqual(net.build(), -policy.subjectSlack()));
        for (Curve curve : exact.curves()) {
            long[] cost = curve.cost();
            IntVar n = model.newIntVar(0, curve.max(), "");
            LinearExprBuilder net = flows.getOrDefault(curve.part() + "/" + curve.indicator(), LinearExpr.newBuilder());
            model.addEquality(LinearExpr.newBuilder().add(n).addTerm(net.build(), -1).build(), curve.before());
            IntVar z = model.newIntVar(Arrays.stream(cost).min().orElseThrow(), Arrays.stream(cost).max().orElseThrow(), "");
            model.addElement(n, cost, z);
            int[] corners = curve.corners();
            for (int i = 0; i + 1 < corners.length; i++) {
                // the hull's edge from corner a to corner b, times (b − a): (b − a) z ≥ (b − a) cost[a] + (cost[b] − cost[a]) (n − a)
                long a = corners[i];
                long b = corners[i + 1];
                long rise = cost[corners[i + 1]] - cost[corners[i]];
                model.addGreaterOrEqual(LinearExpr.newBuilder().addTerm(z, b - a).addTerm(n, -rise).build(),
                        (b - a) * cost[corners[i]] - rise * a);
            }
            objective.add(z);
        }
        model.minimize(LinearExpr.newBuilder().add(objective.build()).add(exact.constant()).build());
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(2);
        long start = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        long took = (System.nanoTime() - start) / 1_000_000_000;
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        return new ExactResult("CP-SAT", status.name(), found ? solver.objectiveValue() / 1000 : Double.NaN,
                solver.bestObjectiveBound() / 1000, took);
    }

    private static LinearExprBuilder subject(Map<String, LinearExprBuilder> all, SchoolPart part, Subject subject) {
        return all.computeIfAbsent(part + "/" + subject, k -> LinearExpr.newBuilder());
    }
}
