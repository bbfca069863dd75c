package org.junheng.rotation.model;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;

/**
 * Copies a plan for the solver by hand: only the candidates change during the search, and the
 * solver copies the plan at every new best score — by reflection that took most of a search step
 * on a county of 300 schools.
 */
public final class RotationSolutionCloner implements SolutionCloner<RotationSolution> {

    @Override
    public RotationSolution cloneSolution(RotationSolution original) {
        return original.planningClone();
    }
}
