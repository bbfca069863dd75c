package org.junheng.rotation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junheng.registry.Stage;
import org.junit.jupiter.api.Test;

class StageBalanceTest {

    private static SchoolPart part(String code, int students, int backbone) {
        return new SchoolPart(new RotationSchool(code, code, false, null, null, 0), Stage.PRIMARY, students,
                Map.of(TeacherIndicator.BACKBONE, backbone), Map.of(TeacherIndicator.BACKBONE, backbone), Map.of(), Map.of(),
                Map.of(), Weights.DEFAULT);
    }

    private static StageBalance balance(List<SchoolPart> parts, int... candidates) {
        return StageBalance.of(parts, TeacherIndicator.BACKBONE, p -> candidates[parts.indexOf(p)]);
    }

    @Test
    void coefficientIsTheEnrolmentWeightedOneComputedByHand() {
        // given 300 and 100 students with 6 and 4 backbone teachers: x = 2 and 4 per 100, mean 2.5
        List<SchoolPart> parts = List.of(part("A", 300, 6), part("B", 100, 4));

        // then CV = √((300 × 0.25 + 100 × 2.25) / 400) / 2.5 = √0.75 / 2.5
        assertThat(balance(parts, 6, 4).coefficient()).isCloseTo(Math.sqrt(0.75) / 2.5, within(1e-12));
    }

    @Test
    void tradingTheTeachersOfTwoSchoolsOfEqualSizeIsExactlyAsBalanced() {
        // given three schools, two of them of 480 students
        List<SchoolPart> parts = List.of(part("A", 480, 7), part("B", 480, 3), part("C", 517, 9));
        StageBalance before = balance(parts, 7, 3, 9);

        // when A and B trade their numbers of teachers
        StageBalance after = balance(parts, 3, 7, 9);

        // then neither is less balanced than the other
        assertThat(after.lessBalancedThan(before)).isFalse();
        assertThat(before.lessBalancedThan(after)).isFalse();
        assertThat(after.riseFrom(before)).isZero();
    }

    @Test
    void movingATeacherFromTheThinnerToTheRicherSchoolIsLessBalancedByTheRiseOfTheCoefficient() {
        List<SchoolPart> parts = List.of(part("A", 100, 5), part("B", 100, 4));
        StageBalance before = balance(parts, 5, 4);

        StageBalance after = balance(parts, 6, 3);

        assertThat(after.lessBalancedThan(before)).isTrue();
        assertThat(before.lessBalancedThan(after)).isFalse();
        // 1/9 before, 1/3 after
        assertThat(after.riseFrom(before)).isCloseTo(2.0 / 9, within(1e-12));
    }
}
