package org.junheng.rotation.model;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

/**
 * A step of the search that deals out the moving teachers' destinations again ({@link DestinationMatching}).
 * The matching weighs each indicator on its own, so a teacher it lets stay home may leave a school-stage
 * short of the school rule: what it deals out is kept only when the plan's score is no worse.
 */
public final class DestinationMatchingPhase implements PhaseCommand<RotationSolution> {

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        Map<Candidate, SchoolPart> dealt = DestinationMatching.improve(director.getWorkingSolution());
        if (dealt.isEmpty()) {
            return;
        }
        HardSoftLongScore before = score(director);
        Map<Candidate, SchoolPart> was = new HashMap<>();
        dealt.forEach((teacher, to) -> {
            was.put(teacher, teacher.destination());
            Destinations.change(director, teacher, to);
        });
        if (score(director).compareTo(before) < 0) {
            was.forEach((teacher, to) -> Destinations.change(director, teacher, to));
            score(director);
        }
    }

    @SuppressWarnings("unchecked")
    private static HardSoftLongScore score(ScoreDirector<RotationSolution> director) {
        director.triggerVariableListeners();
        return ((InnerScoreDirector<RotationSolution, HardSoftLongScore>) director).calculateScore().raw();
    }
}
