package org.junheng.rotation.model.search;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Destinations;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.timefold.TimefoldScores;

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
        return TimefoldScores.of(director);
    }
}
