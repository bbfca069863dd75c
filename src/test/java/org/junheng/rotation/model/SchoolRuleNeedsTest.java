package org.junheng.rotation.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school rule on the three teacher indicators of a primary school-stage of 500 pupils: standards of
 * 21, 5 and 5 teachers (4.2, 1.0, 0.9 per 100), floors of 18, 5 and 4 (85%).
 */
class SchoolRuleNeedsTest {

    private static SchoolRuleNeeds needs(int belowAllowed) {
        return new SchoolRuleNeeds(new int[] {21, 5, 5}, new int[] {18, 5, 4}, belowAllowed, true, true);
    }

    @Test
    void withTheOtherFourAtTheirStandardsOneTeacherIndicatorMayBeBelowItsStandardDownTo85Percent() {
        SchoolRuleNeeds rule = needs(1);

        assertThat(rule.compliant(21, 5, 5)).isTrue();
        assertThat(rule.compliant(18, 5, 5)).isTrue();
        assertThat(rule.compliant(17, 5, 5)).isFalse();
        assertThat(rule.compliant(20, 5, 4)).isFalse();
    }

    @Test
    void withOneOfTheOtherFourBelowItsStandardEveryTeacherIndicatorMustReachItsStandard() {
        SchoolRuleNeeds rule = needs(0);

        assertThat(rule.compliant(21, 5, 5)).isTrue();
        assertThat(rule.compliant(20, 5, 5)).isFalse();
        assertThat(rule.teachersShort(20, 5, 5)).isEqualTo(1);
    }

    @Test
    void theTeachersShortAreEveryIndicatorToItsFloorAndTheCheapestToTheirStandards() {
        // qualified 15: 3 to its floor, 3 more to its standard; PE/arts 4: 1 to its standard
        SchoolRuleNeeds rule = needs(1);

        assertThat(rule.teachersShort(15, 5, 4)).isEqualTo(3 + 1);
        assertThat(needs(0).teachersShort(15, 5, 4)).isEqualTo(3 + 3 + 1);
    }

    @Test
    void aSchoolStageWhoseOtherIndicatorsRuleOutComplianceCannotBeMadeCompliantByTeachers() {
        SchoolRuleNeeds belowFloor = new SchoolRuleNeeds(new int[] {21, 5, 5}, new int[] {18, 5, 4}, 1, false, false);
        SchoolRuleNeeds tooManyBelow = needs(-1);

        assertThat(belowFloor.reachable()).isFalse();
        assertThat(belowFloor.teachersShort(40, 10, 10)).isEqualTo(Integer.MAX_VALUE);
        assertThat(tooManyBelow.compliant(40, 10, 10)).isFalse();
    }
}
