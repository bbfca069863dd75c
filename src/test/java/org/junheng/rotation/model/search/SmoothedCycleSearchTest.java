package org.junheng.rotation.model.search;

import java.util.Map;

import org.junheng.registry.Subject;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SmallCounty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.rotation.model.search.SearchPhase.solveWith;

/** The cycle search on costs rounded off at the standards, against the cycle search on the plan's own costs. */
class SmoothedCycleSearchTest {

    /**
     * Y is a qualified teacher short of its standard; X has just as many as its standard asks, one of
     * them a maths teacher; Z has many more than it needs, one of them a Chinese teacher. Maths
     * exchange X ↔ Y brings Y to its standard but takes X below; Chinese exchange Z ↔ X brings X
     * one over, which alone is worth nothing. Both together are worth the ten points of Y's shortfall.
     */
    private static RotationSolution standardShortAtYAndJustMetAtX() {
        return new SmallCounty().school("X", 120.0, false).school("Y", 120.05, false).school("Z", 119.95, false)
                .qualifiedStandard("X", 1, 0).qualifiedStandard("Y", 1, 0).qualifiedStandard("Z", 1, 10)
                .teacher("mx", "X", Subject.MATH, true).teacher("my", "Y", Subject.MATH, false)
                .teacher("cx", "X", Subject.CHINESE, false).teacher("cz", "Z", Subject.CHINESE, true)
                .build();
    }

    @Test
    void theCycleSearchOnThePlansOwnCostsStopsAtASchoolThatJustMeetsItsStandard() {
        RotationSolution searched = solveWith(new CycleSearch(), standardShortAtYAndJustMetAtX());

        assertThat(SmallCounty.destinations(searched)).containsExactlyInAnyOrderEntriesOf(
                Map.of("mx", "stays", "my", "stays", "cx", "stays", "cz", "stays"));
    }

    @Test
    void withTheStandardsCornersRoundedOffTwoSubjectsExchangeTogetherThroughTheSchoolAtItsStandard() {
        RotationSolution searched = solveWith(new SmoothedCycleSearch(), standardShortAtYAndJustMetAtX());

        assertThat(SmallCounty.destinations(searched)).containsExactlyInAnyOrderEntriesOf(
                Map.of("mx", "Y", "my", "X", "cx", "Z", "cz", "X"));
        assertThat(searched.score().hardScore()).isZero();
    }
}
