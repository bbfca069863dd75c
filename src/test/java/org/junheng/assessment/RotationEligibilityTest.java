package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.Map;

import org.junheng.registry.BackboneLevel;
import org.junheng.registry.CountyFact;
import org.junheng.registry.CountyFacts;
import org.junheng.registry.Education;
import org.junheng.registry.Gender;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.registry.Teacher;
import org.junheng.registry.Title;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RotationEligibilityTest {

    private static Teacher teacher(Gender gender, int birthYear, int yearsAtSchool, boolean exempt, BackboneLevel backbone) {
        return new Teacher("T1", "2990121001", Stage.PRIMARY, Subject.MATH, gender, birthYear, Education.BACHELOR, Title.FIRST,
                backbone, false, false, yearsAtSchool, 0, false, exempt);
    }

    @Test
    void aTeacherWithSixYearsAtTheSchoolIsEligibleAndWithFiveIsNot() {
        assertThat(RotationEligibility.DEFAULT.eligible(teacher(Gender.MALE, 1985, 6, false, BackboneLevel.NONE), 2025))
                .isTrue();
        assertThat(RotationEligibility.DEFAULT.eligible(teacher(Gender.MALE, 1985, 5, false, BackboneLevel.NONE), 2025))
                .isFalse();
    }

    @Test
    void anExemptTeacherIsNotEligible() {
        assertThat(RotationEligibility.DEFAULT.eligible(teacher(Gender.FEMALE, 1990, 10, true, BackboneLevel.NONE), 2025))
                .isFalse();
    }

    @Test
    void aTeacherWithinThreeYearsOfRetirementIsNotEligible() {
        // a woman retires at 55: at 51 she is eligible, at 52 she is within three years
        assertThat(RotationEligibility.DEFAULT.eligible(teacher(Gender.FEMALE, 1974, 10, false, BackboneLevel.NONE), 2025))
                .isTrue();
        assertThat(RotationEligibility.DEFAULT.eligible(teacher(Gender.FEMALE, 1973, 10, false, BackboneLevel.NONE), 2025))
                .isFalse();
        // a man retires at 60: at 56 he is eligible, at 57 not
        assertThat(RotationEligibility.DEFAULT.eligible(teacher(Gender.MALE, 1969, 10, false, BackboneLevel.NONE), 2025))
                .isTrue();
        assertThat(RotationEligibility.DEFAULT.eligible(teacher(Gender.MALE, 1968, 10, false, BackboneLevel.NONE), 2025))
                .isFalse();
    }

    @Test
    void backboneTeachersForItem11AreThoseOfCountyLevelOrAbove() {
        assertThat(RotationEligibility.backbone(teacher(Gender.MALE, 1985, 6, false, BackboneLevel.SCHOOL))).isFalse();
        assertThat(RotationEligibility.backbone(teacher(Gender.MALE, 1985, 6, false, BackboneLevel.COUNTY))).isTrue();
    }

    @Test
    void recordedRotationReplacesTheReportedFiguresAndKeepsTheOtherFacts() {
        CountyFacts reported = new CountyFacts("990121", 2025, Map.of(CountyFact.ROTATION_ROTATED, BigDecimal.valueOf(500),
                CountyFact.ROTATION_ELIGIBLE, BigDecimal.valueOf(1000), CountyFact.ROTATION_BACKBONE, BigDecimal.valueOf(100),
                CountyFact.TEACHER_TRAINING_RATE, BigDecimal.valueOf(100)), "县教育局文件");

        CountyFacts facts = new TeacherRotation("990121", 2025, 900, 80, 10).appliedTo(reported);

        assertThat(facts.value(CountyFact.ROTATION_ELIGIBLE)).contains(BigDecimal.valueOf(900));
        assertThat(facts.value(CountyFact.ROTATION_ROTATED)).contains(BigDecimal.valueOf(80));
        assertThat(facts.value(CountyFact.ROTATION_BACKBONE)).contains(BigDecimal.valueOf(10));
        assertThat(facts.value(CountyFact.TEACHER_TRAINING_RATE)).contains(BigDecimal.valueOf(100));
        assertThat(facts.evidence()).startsWith("县教育局文件").contains("placement records");
    }
}
