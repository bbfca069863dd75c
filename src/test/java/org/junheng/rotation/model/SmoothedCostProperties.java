package org.junheng.rotation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;

/**
 * The indicator cost with the standard's corner rounded off: above the cost, convex in the teachers,
 * and the cost itself as the width shrinks.
 */
class SmoothedCostProperties {

    private static SchoolPart partWithStandard(double standardTeachers, double coefficientScale) {
        Map<TeacherIndicator, Integer> zero = new EnumMap<>(TeacherIndicator.class);
        Map<TeacherIndicator, Double> standards = new EnumMap<>(TeacherIndicator.class);
        Map<TeacherIndicator, Double> scale = new EnumMap<>(TeacherIndicator.class);
        for (TeacherIndicator indicator : TeacherIndicator.values()) {
            zero.put(indicator, 0);
            standards.put(indicator, standardTeachers);
            scale.put(indicator, coefficientScale);
        }
        RotationSchool school = new RotationSchool("S", "S", false, 120.0, 30.0, 40);
        return new SchoolPart(school, Stage.PRIMARY, 600, zero, zero, standards, scale, Map.of(Subject.MATH, 1), Weights.DEFAULT);
    }

    @Property
    void theRoundedOffCostIsNeverBelowTheCost(@ForAll @DoubleRange(min = 0, max = 30) double standard,
                                             @ForAll @IntRange(max = 40) int teachers,
                                             @ForAll @DoubleRange(min = 0.05, max = 8) double width) {
        SchoolPart part = partWithStandard(standard, 0.5);

        assertThat(part.smoothedPoints(TeacherIndicator.QUALIFIED, teachers, width))
                .isGreaterThanOrEqualTo(part.points(TeacherIndicator.QUALIFIED, teachers) - 1e-9);
    }

    @Property
    void theRoundedOffCostIsConvexInTheTeachers(@ForAll @DoubleRange(min = 0, max = 30) double standard,
                                               @ForAll @IntRange(min = 1, max = 40) int teachers,
                                               @ForAll @DoubleRange(min = 0.05, max = 8) double width) {
        SchoolPart part = partWithStandard(standard, 0.5);

        double fewer = part.smoothedPoints(TeacherIndicator.BACKBONE, teachers - 1, width);
        double here = part.smoothedPoints(TeacherIndicator.BACKBONE, teachers, width);
        double more = part.smoothedPoints(TeacherIndicator.BACKBONE, teachers + 1, width);
        assertThat(more - here).isGreaterThanOrEqualTo(here - fewer - 1e-9);
    }

    @Property
    void asTheWidthShrinksTheRoundedOffCostBecomesTheCost(@ForAll @DoubleRange(min = 0, max = 30) double standard,
                                                         @ForAll @IntRange(max = 40) int teachers) {
        SchoolPart part = partWithStandard(standard, 0.5);

        // softplus exceeds the corner by at most width × ln 2, ten points a teacher
        assertThat(part.smoothedPoints(TeacherIndicator.PE_ART, teachers, 0.001))
                .isCloseTo(part.points(TeacherIndicator.PE_ART, teachers), within(10 * 0.001 * Math.log(2) + 1e-9));
    }
}
