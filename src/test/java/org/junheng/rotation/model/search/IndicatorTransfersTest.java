package org.junheng.rotation.model.search;

import java.util.Map;

import org.junheng.registry.Subject;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SmallCounty;
import org.junheng.rotation.model.Weights;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.rotation.model.search.SearchPhase.solveWith;

/** Chains of exchanges of two subjects that carry a qualified teacher through a school on its standard. */
class IndicatorTransfersTest {

    /**
     * X is one qualified teacher short and has an unqualified maths teacher; Y sits on its standard with a qualified
     * maths teacher and an unqualified Chinese teacher; Z has a qualified Chinese teacher to spare. Y's maths
     * teacher to X alone leaves Y short (as much lost as X gains); Z's Chinese teacher to Y alone gains nothing.
     * Both together bring X to its standard and leave Y on it.
     */
    private static RotationSolution oneShortBehindASchoolOnItsStandard() {
        return new SmallCounty().weights(Weights.DEFAULT)
                .school("X", 120.0, false).school("Y", 120.05, false).school("Z", 120.1, false).assessedStandards()
                .qualifiedStandard("X", 1, 0).qualifiedStandard("Y", 1, 0)
                .teacher("ux", "X", Subject.MATH, false)
                .teacher("qy", "Y", Subject.MATH, true).teacher("uy", "Y", Subject.CHINESE, false)
                .teacher("qz", "Z", Subject.CHINESE, true)
                .build();
    }

    @Test
    void theCycleSearchOfOneSubjectAtATimeCannotPassAQualifiedTeacherThroughASchoolOnItsStandard() {
        RotationSolution searched = solveWith(new CycleSearch(), oneShortBehindASchoolOnItsStandard());

        assertThat(SmallCounty.destinations(searched)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ux", "stays", "qy", "stays", "uy", "stays", "qz", "stays"));
    }

    @Test
    void aChainOfTwoSubjectsExchangesCarriesTheTeacherThroughAndLeavesTheSchoolBetweenOnItsStandard() {
        RotationSolution before = oneShortBehindASchoolOnItsStandard();
        long unchanged = solveWith(new CycleSearch(), oneShortBehindASchoolOnItsStandard()).score().softScore();

        RotationSolution searched = solveWith(new IndicatorTransfers(), before);

        assertThat(SmallCounty.destinations(searched)).containsExactlyInAnyOrderEntriesOf(
                Map.of("qy", "X", "ux", "Y", "qz", "Y", "uy", "Z"));
        assertThat(searched.score().hardScore()).isZero();
        assertThat(searched.score().softScore()).isGreaterThan(unchanged);
    }
}
