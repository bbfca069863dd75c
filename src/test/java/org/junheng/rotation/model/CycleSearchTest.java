package org.junheng.rotation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.junit.jupiter.api.Test;

/** The cycle search alone, on counties of three schools: which cycles of changes it makes, and which not. */
class CycleSearchTest {

    private static RotationSolution searched(RotationSolution plan) {
        return SolverFactory.<RotationSolution>create(new SolverConfig()
                        .withSolutionClass(RotationSolution.class)
                        .withEntityClasses(Candidate.class)
                        .withConstraintProviderClass(RotationConstraints.class)
                        .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new CycleSearch())))
                .buildSolver().solve(plan);
    }

    private static SmallCounty townAndVillage() {
        return new SmallCounty().school("TOWN", 120.0, false).school("TOWN2", 120.03, false).school("VILLAGE", 120.1, true);
    }

    @Test
    void anExchangeForNothingIsUndoneWhenTheQuotaLeavesRoom() {
        RotationSolution plan = townAndVillage().teacher("a", "TOWN").teacher("b", "TOWN2")
                .moving("a", "TOWN2").moving("b", "TOWN").requiredRotated(0).build();

        assertThat(SmallCounty.destinations(searched(plan))).containsExactlyInAnyOrderEntriesOf(Map.of("a", "stays", "b", "stays"));
    }

    @Test
    void aCycleThatWouldBreakTheRotationQuotaIsNotMade() {
        RotationSolution plan = townAndVillage().teacher("a", "TOWN").teacher("b", "TOWN2")
                .moving("a", "TOWN2").moving("b", "TOWN").requiredRotated(2).build();

        assertThat(SmallCounty.destinations(searched(plan))).containsExactlyInAnyOrderEntriesOf(Map.of("a", "TOWN2", "b", "TOWN"));
    }

    @Test
    void aTeacherSeekingASeniorTitleTakesAColleaguesMoveToAVillageSchool() {
        // given the town sends a colleague to the village and a teacher who needs rural service stays
        RotationSolution plan = townAndVillage().teacher("senior", "TOWN", false, true).teacher("colleague", "TOWN")
                .teacher("villager", "VILLAGE").moving("colleague", "VILLAGE").moving("villager", "TOWN").requiredRotated(2)
                .build();

        // then the one who needs it goes instead: the same schools, the same number of moves
        assertThat(SmallCounty.destinations(searched(plan))).containsExactlyInAnyOrderEntriesOf(
                Map.of("senior", "VILLAGE", "colleague", "stays", "villager", "TOWN"));
    }

    @Test
    void aLongExchangeGivesWayToAShortOneWhenTheQuotaNeedsTwoMoves() {
        // given W and E, 38 km apart, exchange teachers; M is 10 km from W
        RotationSolution plan = new SmallCounty().school("W", 120.0, false).school("M", 120.1, false).school("E", 120.4, false)
                .teacher("w", "W").teacher("m", "M").teacher("e", "E")
                .moving("w", "E").moving("e", "W").requiredRotated(2).build();

        // then W and M exchange instead: still two moves, the quota's, over the short road
        assertThat(SmallCounty.destinations(searched(plan))).containsExactlyInAnyOrderEntriesOf(
                Map.of("w", "M", "m", "W", "e", "stays"));
    }

    @Test
    void aPlanShortOfTheQuotaIsMadeUpWithTheShortestExchange() {
        // given no one moves yet and the quota asks for two moves
        RotationSolution plan = townAndVillage().teacher("a", "TOWN").teacher("b", "TOWN2").teacher("v", "VILLAGE")
                .requiredRotated(2).build();

        // then the two town schools, 3 km apart, exchange
        assertThat(SmallCounty.destinations(searched(plan))).containsExactlyInAnyOrderEntriesOf(
                Map.of("a", "TOWN2", "b", "TOWN", "v", "stays"));
    }
}
