package org.junheng.rotation.model.search;

import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.junheng.registry.Subject;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SmallCounty;
import org.junheng.rotation.model.Weights;
import org.junheng.rotation.model.score.RotationConstraints;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aTeacherIsSentBeyondTheNearestSchoolsToTheNearestThatTeachesTheSubject() {
        // given 45 schools 1 km apart, and eligible teachers (of maths) only at the first and the last
        SmallCounty county = new SmallCounty();
        for (int s = 0; s < 45; s++) {
            county.school("S" + s, 120.0 + 0.0104 * s, false);
        }
        county.teacher("first", "S0").teacher("last", "S44");
        RotationSolution plan = county.requiredRotated(2).build();

        // then the two maths teachers, 44 km apart, exchange: no school nearer could send one back
        assertThat(SmallCounty.destinations(searched(plan))).containsEntry("first", "S44").containsEntry("last", "S0");
    }

    @Test
    void aQualifiedTeacherPassesThroughASchoolAtItsStandardWhenAnotherTakesTheirPlace() {
        // given Y and X each at their standard of one qualified teacher, Y's thanks to z (from Z), who seeks a
        // senior title and would rather serve at the village school X, which the county weighs above a move
        RotationSolution plan = new SmallCounty().weights(new Weights(10, 100, 5, 0.5, 0.05, 1, 10_000, 100))
                .school("X", 120.0, true).school("Y", 120.1, false).school("Z", 120.05, false)
                .qualifiedStandard("X", 1, 0).qualifiedStandard("Y", 1, 0)
                .teacher("x", "X", Subject.MATH, true).teacher("y", "Y", Subject.MATH, false)
                .teacher("z", "Z", Subject.MATH, true, true)
                .moving("z", "Y").moving("y", "Z").build();

        // then z goes to X and x to Y in z's place: both schools keep their standard
        assertThat(SmallCounty.destinations(searched(plan))).containsExactlyInAnyOrderEntriesOf(
                Map.of("z", "X", "x", "Y", "y", "Z"));
    }
}
