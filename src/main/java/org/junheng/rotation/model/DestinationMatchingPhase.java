package org.junheng.rotation.model;

import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

/** A step of the search that deals out the moving teachers' destinations again ({@link DestinationMatching}). */
public final class DestinationMatchingPhase implements PhaseCommand<RotationSolution> {

    @Override
    public void changeWorkingSolution(ScoreDirector<RotationSolution> director, BooleanSupplier terminated) {
        DestinationMatching.improve(director.getWorkingSolution())
                .forEach((teacher, to) -> Destinations.change(director, teacher, to));
        director.triggerVariableListeners();
    }
}
