package org.junheng.rotation.model.search;

import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;

/**
 * The cycle search run first on indicator costs whose corners at the standards are rounded off, then
 * less and less so, and last on the plan's own costs (continuation). On the plan's own costs a school
 * at a standard stops every subject's cycle that would take a teacher from it, even where another
 * subject's cycle would bring one back; with the corner rounded off, each subject sees part of the
 * worth of moving the count, and the subjects settle together near where the best plan has them.
 */
public final class SmoothedCycleSearch implements PhaseCommand<RotationSolution> {

    /** Widths over which the corners are rounded off, in teachers, widest first. */
    private static final double[] WIDTHS = {16, 8, 4, 2, 1, 0.5, 0.25};

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        CyclePlan plan = new CyclePlan(director);
        Collection<List<Candidate>> subjects = plan.solution().movableBySubject().values();
        for (double width : WIDTHS) {
            plan.smoothOver(width);
            CycleSearch.improve(plan, subjects, terminated);
        }
        plan.smoothOver(0);
        CycleSearch.improve(plan, subjects, terminated);
    }
}
