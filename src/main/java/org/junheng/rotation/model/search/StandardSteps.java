package org.junheng.rotation.model.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;

/**
 * Steps to the standards (补足到标准). The cycle search weighs one teacher at a time, so a school-stage two or
 * more teachers short of a standard gains from the first arrival only the few points of its shortfall, and
 * no single cycle is worth making, though all of them together bring it to the standard. For each such
 * school-stage and indicator, most worth first, the step is spread evenly over the teachers it takes (failing
 * that, pulled: each teacher made worth the whole step), the cycle search runs on the stage's subjects, then
 * again on the plan's own costs; the plan is kept only if it is better.
 */
public final class StandardSteps implements PhaseCommand<RotationSolution> {

    /**
     * The most teachers a step is spread over: on the benchmark county of 50 schools the steps the best plan known
     * takes are of 10 to 23 qualified teachers (a large school brought to its standard with the county's last
     * qualified teachers to spare).
     */
    private static final int MOST_TEACHERS = 40;

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        CyclePlan plan = new CyclePlan(director);
        sweep(plan, plan.solution().movableBySubject(), new HashSet<>(), terminated);
    }

    /**
     * Tries each step to a standard of the plan once, most worth first, but those in {@code failed}: the steps
     * that did not improve the plan are added to it, so that a search that sweeps again and again tries only the
     * steps its other changes open.
     */
    static void sweep(CyclePlan plan, Map<List<Object>, List<Candidate>> subjects, Set<CyclePlan.Step> failed,
                      BooleanSupplier terminated) {
        for (CyclePlan.Step step : plan.stepsToStandards(MOST_TEACHERS)) {
            if (terminated.getAsBoolean()) {
                return;
            }
            if (plan.stillAt(step) && !failed.contains(step)) {
                // a school-stage gains a teacher of a subject only for one it sends away: the subjects it has
                SchoolPart part = plan.part(step.node());
                List<List<Candidate>> here = subjects.values().stream()
                        .filter(teachers -> teachers.stream().anyMatch(c -> c.effectivePart() == part)).toList();
                if (!take(plan, step, here, terminated)) {
                    failed.add(step);
                }
            }
        }
    }

    /**
     * Whether the step improved the plan (if not, the plan is as it was). Spread evenly, a teacher whose way
     * there costs more than their share is not brought, even where the cheaper ways leave enough over to pay for
     * it, and the step is not reached; so a step that fails spread is tried once more pulled: each teacher made
     * worth the whole step, so that the search brings all it takes, and the plan's own costs then decide.
     */
    private static boolean take(CyclePlan plan, CyclePlan.Step step, List<List<Candidate>> stage, BooleanSupplier terminated) {
        return take(plan, step, stage, 0, terminated)
                || take(plan, step, stage, step.gain() * (step.to() - step.from()), terminated);
    }

    /** The step spread ({@code each} 0) or pulled with each teacher worth {@code each}; whether the plan is better. */
    private static boolean take(CyclePlan plan, CyclePlan.Step step, List<List<Candidate>> stage, long each,
                                BooleanSupplier terminated) {
        Map<Candidate, SchoolPart> was = new HashMap<>();
        stage.forEach(teachers -> teachers.forEach(c -> was.put(c, c.destination())));
        HardSoftLongScore before = plan.score();
        plan.weighStep(step, each);
        CycleSearch.improve(plan, stage, terminated);
        plan.weighStep(null, 0);
        CycleSearch.improve(plan, stage, terminated);
        if (plan.score().compareTo(before) > 0) {
            return true;
        }
        was.forEach((c, destination) -> {
            if (c.destination() != destination) {
                plan.change(c, destination);
            }
        });
        plan.score();
        return false;
    }
}
