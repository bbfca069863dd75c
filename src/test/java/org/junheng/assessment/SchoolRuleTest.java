package org.junheng.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How an indicator value of a school-stage is graded against the school rule (6 of 7, and 85%). */
class SchoolRuleTest {

    private final SchoolRule rule = AssessmentMethod.QUALITY_2017.schoolRule();
    private final BigDecimal standard = new BigDecimal("4.2");

    @Test
    void aValueTheEngineFoundAtItsStandardMeetsIt() {
        assertThat(rule.grade(4.2, standard, true)).isEqualTo(Grade.MEETS);
    }

    @Test
    void aValueAtExactly85PercentOfItsStandardIsNear() {
        assertThat(rule.grade(3.57, standard, false)).isEqualTo(Grade.NEAR);
    }

    @Test
    void aValueUnder85PercentOfItsStandardIsBelow() {
        assertThat(rule.grade(3.5699, standard, false)).isEqualTo(Grade.BELOW);
    }

    @Test
    void anIndicatorWithoutAStandardIsMetAndAValueNotReportedIsUnknown() {
        assertThat(rule.grade(0.1, null, null)).isEqualTo(Grade.MEETS);
        assertThat(rule.grade(null, standard, null)).isEqualTo(Grade.UNKNOWN);
        assertThat(rule.grade(Double.NaN, standard, null)).isEqualTo(Grade.UNKNOWN);
    }

    @Test
    void aProvincesFloorGradesItsValues() {
        SchoolRule ninety = new SchoolRule(6, new BigDecimal("0.90"));
        assertThat(ninety.grade(3.57, standard, false)).isEqualTo(Grade.BELOW);
        assertThat(ninety.grade(3.78, standard, false)).isEqualTo(Grade.NEAR);
    }
}
