package org.junheng.rotation.model.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import org.junheng.rotation.model.RotationSolution;

/**
 * The score of the working solution, for the search steps that change it outside Timefold's own
 * phases. Timefold's public API gives a phase command no way to ask for the score: this is the one
 * place that reaches into its internals for it.
 */
public final class TimefoldScores {

    private TimefoldScores() {
    }

    @SuppressWarnings("unchecked")
    public static HardSoftLongScore of(ScoreDirector<RotationSolution> director) {
        director.triggerVariableListeners();
        return ((InnerScoreDirector<RotationSolution, HardSoftLongScore>) director).calculateScore().raw();
    }
}
