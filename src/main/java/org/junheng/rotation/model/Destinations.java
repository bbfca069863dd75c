package org.junheng.rotation.model;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

/** Changing where a teacher goes in the working plan, so the score director sees the change. */
public final class Destinations {

    private static final String DESTINATION = "destination";

    private Destinations() {
    }

    public static void change(ScoreDirector<RotationSolution> director, Candidate teacher, SchoolPart to) {
        director.beforeVariableChanged(teacher, DESTINATION);
        teacher.setDestination(to);
        director.afterVariableChanged(teacher, DESTINATION);
    }
}
