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
}
