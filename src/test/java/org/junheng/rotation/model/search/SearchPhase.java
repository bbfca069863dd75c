package org.junheng.rotation.model.search;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.score.RotationConstraints;

/** One custom search phase run alone on a plan, for the tests of the search's parts. */
final class SearchPhase {

    private SearchPhase() {
    }

    static RotationSolution solveWith(PhaseCommand<RotationSolution> command, RotationSolution plan) {
        return SolverFactory.<RotationSolution>create(new SolverConfig()
                        .withSolutionClass(RotationSolution.class)
                        .withEntityClasses(Candidate.class)
                        .withConstraintProviderClass(RotationConstraints.class)
                        .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(command)))
                .buildSolver().solve(plan);
    }
}
