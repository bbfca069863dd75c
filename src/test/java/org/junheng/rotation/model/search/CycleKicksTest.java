package org.junheng.rotation.model.search;

import java.time.Duration;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.junheng.registry.Subject;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SmallCounty;
import org.junheng.rotation.model.score.RotationConstraints;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Kicks across subjects, alone, for a fraction of a second: what they find that the cycle search cannot. */
class CycleKicksTest {

    private static SolverFactory<RotationSolution> kicks() {
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(RotationSolution.class)
                .withEntityClasses(Candidate.class)
                .withConstraintProviderClass(RotationConstraints.class)
                .withTerminationSpentLimit(Duration.ofMillis(300))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new CycleKicks())));
    }

    private static RotationSolution longMathsExchangeBesideAShortChineseOne() {
        // W and E, 38 km apart, exchange maths teachers; W and M, 10 km apart, have a Chinese teacher each
        return new SmallCounty().school("W", 120.0, false).school("M", 120.1, false).school("E", 120.4, false)
                .teacher("w", "W").teacher("e", "E").teacher("cw", "W", Subject.CHINESE).teacher("cm", "M", Subject.CHINESE)
                .moving("w", "E").moving("e", "W").requiredRotated(2).build();
    }

    @Test
    void theCycleSearchAloneKeepsALongExchangeThatAnotherSubjectCouldReplace() {
        RotationSolution plan = longMathsExchangeBesideAShortChineseOne();

        RotationSolution searched = SolverFactory.<RotationSolution>create(new SolverConfig()
                        .withSolutionClass(RotationSolution.class)
                        .withEntityClasses(Candidate.class)
                        .withConstraintProviderClass(RotationConstraints.class)
                        .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new CycleSearch())))
                .buildSolver().solve(plan);

        assertThat(SmallCounty.destinations(searched)).containsExactlyInAnyOrderEntriesOf(
                Map.of("w", "E", "e", "W", "cw", "stays", "cm", "stays"));
    }

    @Test
    void aLongExchangeInOneSubjectGivesWayToAShortOneInAnother() {
        RotationSolution plan = longMathsExchangeBesideAShortChineseOne();

        RotationSolution kicked = kicks().buildSolver().solve(plan);

        // then the quota's two moves are the Chinese teachers' short exchange
        assertThat(SmallCounty.destinations(kicked)).containsExactlyInAnyOrderEntriesOf(
                Map.of("w", "stays", "e", "stays", "cw", "M", "cm", "W"));
    }

    @Test
    void kicksKeepEveryHardRuleAndNeverLeaveThePlanWorse() {
        // given a county of six schools where every teacher takes a long road
        SmallCounty county = new SmallCounty();
        String[] schools = {"A", "B", "C", "D", "E", "F"};
        for (int s = 0; s < schools.length; s++) {
            county.school(schools[s], 120.0 + 0.07 * s, s % 2 == 1);
            county.teacher(schools[s] + "1", schools[s]).teacher(schools[s] + "2", schools[s], Subject.CHINESE)
                    .teacher(schools[s] + "3", schools[s], false, s % 3 == 1);
        }
        for (int s = 0; s < schools.length; s++) {
            String far = schools[(s + 3) % schools.length];
            county.moving(schools[s] + "1", far).moving(schools[s] + "2", far);
        }
        RotationSolution plan = county.requiredRotated(6).build();
        SolverFactory<RotationSolution> factory = kicks();
        HardSoftLongScore before = SolutionManager.<RotationSolution, HardSoftLongScore>create(factory).update(plan);

        RotationSolution kicked = factory.buildSolver().solve(plan);

        assertThat(kicked.score().hardScore()).isZero();
        assertThat(kicked.score()).isGreaterThan(before);
    }
}
