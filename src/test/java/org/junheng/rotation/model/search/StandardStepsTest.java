package org.junheng.rotation.model.search;

import java.util.Map;

import org.junheng.registry.Subject;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SmallCounty;
import org.junheng.rotation.model.Weights;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.rotation.model.search.SearchPhase.solveWith;

/** Steps to a standard that take several teachers, against the cycle search that weighs one teacher at a time. */
class StandardStepsTest {

    /**
     * X is two qualified teachers short of its standard and has two unqualified maths teachers; Z, 29 km away,
     * has two qualified maths teachers and no standard to keep. With a move weighing 20 points, one exchange
     * (about 43 points) buys only the 10 points of one teacher less short; both buy the standard (100) and
     * both teachers (20).
     */
    private static RotationSolution twoShortWhereEachExchangeCostsMoreThanATeacherIsWorth() {
        return new SmallCounty().weights(new Weights(10, 100, 0.9, 0.5, 0.05, 20, 10_000, 100))
                .school("X", 120.0, false).school("Z", 120.3, false).assessedStandards()
                .qualifiedStandard("X", 2, 0)
                .teacher("ux1", "X", Subject.MATH, false).teacher("ux2", "X", Subject.MATH, false)
                .teacher("qz1", "Z", Subject.MATH, true).teacher("qz2", "Z", Subject.MATH, true)
                .build();
    }

    @Test
    void theCycleSearchAloneLeavesASchoolTwoTeachersShortWhereOneExchangeIsNotWorthItsMoves() {
        RotationSolution searched = solveWith(new CycleSearch(), twoShortWhereEachExchangeCostsMoreThanATeacherIsWorth());

        assertThat(SmallCounty.destinations(searched)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ux1", "stays", "ux2", "stays", "qz1", "stays", "qz2", "stays"));
    }

    @Test
    void aStepToTheStandardIsTakenWholeWhenItsTeachersTogetherAreWorthTheirMoves() {
        RotationSolution plan = twoShortWhereEachExchangeCostsMoreThanATeacherIsWorth();
        long before = solveWith(new CycleSearch(), plan).score().softScore();

        RotationSolution searched = solveWith(new StandardSteps(), twoShortWhereEachExchangeCostsMoreThanATeacherIsWorth());

        assertThat(SmallCounty.destinations(searched)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ux1", "Z", "ux2", "Z", "qz1", "X", "qz2", "X"));
        assertThat(searched.score().hardScore()).isZero();
        assertThat(searched.score().softScore()).isGreaterThan(before);
    }

    /**
     * X is three qualified teachers short and has three unqualified maths teachers; Z1 (about 10 km away) and Z2,
     * Z3 (about 24 km) each have a qualified maths teacher who may rotate, ten who may not, and no standard (so
     * that sending their three to X makes the coefficient lower, not higher). A kilometre weighs a point, so the
     * exchanges cost about 21, 50 and 50 points: 122 together, for the step and three teachers (130). Spread
     * evenly, each teacher is worth 43: the exchange with Z1 is made, those with Z2 and Z3 are not, and one
     * teacher alone (10) does not pay for it.
     */
    private static RotationSolution threeShortWhereTheDearerExchangesEachCostMoreThanTheirShare() {
        return new SmallCounty().weights(new Weights(10, 100, 0.9, 0.5, 1, 1, 10_000, 100))
                .school("X", 120.0, false).school("Z1", 120.1, false).school("Z2", 120.25, false)
                .school("Z3", 119.75, false).assessedStandards()
                .qualifiedStandard("X", 3, 0).qualifiedStandard("Z1", 0, 10).qualifiedStandard("Z2", 0, 10)
                .qualifiedStandard("Z3", 0, 10)
                .teacher("ux1", "X", Subject.MATH, false).teacher("ux2", "X", Subject.MATH, false)
                .teacher("ux3", "X", Subject.MATH, false)
                .teacher("qz1", "Z1", Subject.MATH, true).teacher("qz2", "Z2", Subject.MATH, true)
                .teacher("qz3", "Z3", Subject.MATH, true)
                .build();
    }

    @Test
    void aStepWhoseDearerTeachersCostMoreThanTheirShareIsTakenWholeWhenTogetherTheyPayForIt() {
        RotationSolution searched = solveWith(new StandardSteps(), threeShortWhereTheDearerExchangesEachCostMoreThanTheirShare());

        Map<String, String> destinations = SmallCounty.destinations(searched);
        assertThat(destinations).containsEntry("qz1", "X").containsEntry("qz2", "X").containsEntry("qz3", "X");
        assertThat(destinations.entrySet().stream().filter(e -> e.getKey().startsWith("ux")).map(Map.Entry::getValue))
                .containsExactlyInAnyOrder("Z1", "Z2", "Z3");
        assertThat(searched.score().hardScore()).isZero();
        // the step (100) and three teachers (30) for about 122 points of kilometres and moves
        assertThat(searched.score().softScore()).isGreaterThan(solveWith(new CycleSearch(),
                threeShortWhereTheDearerExchangesEachCostMoreThanTheirShare()).score().softScore());
    }
}
