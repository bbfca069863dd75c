package org.junheng.rotation;

import java.util.HashMap;
import java.util.Map;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junheng.registry.Subject;
import org.junheng.rotation.ExactRotationModel.Arc;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * The moves of the exact models as solver variables, one per teacher and open destination with the move's
 * cost, under the rules every plan keeps: each teacher moves once at most, the rotation quota, the backbone
 * share, the local rule, the headcount change and the subject rule. Each move adds its departure (+1) and
 * arrival (−1) to the flow constraint of every indicator the teacher counts in, which a model states as
 * "teachers there after the plan − arrivals + departures = eligible teachers there before".
 */
final class MoveVariables {

    private MoveVariables() {
    }

    /**
     * @param flows the flow constraint of each school-stage and indicator, keyed {@code part + "/" + indicator}
     */
    static Map<Arc, MPVariable> add(ExactRotationModel model, MPSolver solver, boolean integral,
                                    Map<String, MPConstraint> flows) {
        Policy policy = model.policy();
        MPObjective objective = solver.objective();
        Map<Arc, MPVariable> x = new HashMap<>(model.arcs().size() * 2);
        for (Arc arc : model.arcs()) {
            double low = arc.candidate().locked() ? 1 : 0;
            MPVariable v = integral ? solver.makeIntVar(low, 1, "") : solver.makeNumVar(low, 1, "");
            objective.setCoefficient(v, arc.cost());
            x.put(arc, v);
        }
        MPConstraint rotated = solver.makeConstraint(policy.requiredRotated(), Double.POSITIVE_INFINITY, "rotated");
        MPConstraint backbone = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "backbone");
        MPConstraint local = solver.makeConstraint(policy.requiredLocal(), Double.POSITIVE_INFINITY, "local");
        Map<RotationSchool, MPConstraint> headcount = new HashMap<>();
        Map<String, MPConstraint> subjects = new HashMap<>();
        for (Candidate c : model.solution().candidates()) {
            MPConstraint once = solver.makeConstraint(0, 1, "");
            SchoolPart from = c.origin();
            for (Arc arc : model.arcsOf(c)) {
                MPVariable v = x.get(arc);
                once.setCoefficient(v, 1);
                rotated.setCoefficient(v, 1);
                backbone.setCoefficient(v, (c.backbone() ? 1000 : 0) - policy.backbonePerMille());
                if (c.localRule()) {
                    local.setCoefficient(v, 1);
                }
                // each arc joins two different schools and school-stages, so no constraint gets the same arc twice
                SchoolPart to = arc.to();
                headcount(solver, headcount, from.school(), policy).setCoefficient(v, -1);
                headcount(solver, headcount, to.school(), policy).setCoefficient(v, 1);
                subject(solver, subjects, from, c.subject(), policy).setCoefficient(v, -1);
                subject(solver, subjects, to, c.subject(), policy).setCoefficient(v, 1);
                for (TeacherIndicator indicator : TeacherIndicator.values()) {
                    if (c.countsIn(indicator)) {
                        flows.get(from + "/" + indicator).setCoefficient(v, 1);
                        flows.get(to + "/" + indicator).setCoefficient(v, -1);
                    }
                }
            }
        }
        return x;
    }

    /** Sets the solver's starting plan to the given moves (teacher id → school code). */
    static void hint(ExactRotationModel model, MPSolver solver, Map<Arc, MPVariable> x, Map<String, String> plan) {
        MPVariable[] vars = model.arcs().stream().map(x::get).toArray(MPVariable[]::new);
        double[] values = model.arcs().stream()
                .mapToDouble(a -> a.to().school().code().equals(plan.get(a.candidate().teacherId())) ? 1 : 0).toArray();
        solver.setHint(vars, values);
    }

    private static MPConstraint headcount(MPSolver solver, Map<RotationSchool, MPConstraint> all, RotationSchool school,
                                          Policy policy) {
        double change = Boolean.getBoolean("rule.without-headcount") ? 1e6 : policy.maxHeadcountChange();
        return all.computeIfAbsent(school, s -> solver.makeConstraint(-change, change, ""));
    }

    private static MPConstraint subject(MPSolver solver, Map<String, MPConstraint> all, SchoolPart part, Subject subject,
                                        Policy policy) {
        double slack = Boolean.getBoolean("rule.without-subject") ? 1e6 : policy.subjectSlack();
        return all.computeIfAbsent(part + "/" + subject, k -> solver.makeConstraint(-slack, Double.POSITIVE_INFINITY, ""));
    }
}
