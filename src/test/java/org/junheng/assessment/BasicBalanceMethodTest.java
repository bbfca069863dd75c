package org.junheng.assessment;

import java.util.List;
import java.util.Map;

import org.junheng.registry.BasicBalanceFigures;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.StageStatistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junheng.assessment.SchoolBuilder.YEAR;
import static org.junheng.assessment.SchoolBuilder.primarySchool;

class BasicBalanceMethodTest {

    private final AssessmentEngine basic = new AssessmentEngine(AssessmentMethod.BASIC_2012, StageWeights.EQUAL);

    private static SchoolYear withBasicFigures(SchoolYear school, int teachers, int computers, int books, int titled) {
        SchoolStatistics st = school.statistics();
        StageStatistics p = st.primary();
        StageStatistics primary = new StageStatistics(p.students(), p.classes(), p.oversizeClasses(), teachers,
                Math.min(teachers, p.qualifiedTeachers()), Math.min(teachers, p.backboneTeachers()),
                Math.min(teachers, p.peArtTeachers()));
        return new SchoolYear(school.school(), new SchoolStatistics(st.year(), st.schoolCode(), primary, st.junior(),
                st.studentsSenior(), st.facilities(), new BasicBalanceFigures(computers, books, titled, null)));
    }

    private static IndicatorAssessment indicator(Assessment assessment, String code) {
        return assessment.counties().get(0).stages().get(0).indicators().stream().filter(i -> i.code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void basicBalanceJudgesEightCoefficientsAgainstLimitsOf065And055WithoutSchoolStandards() {
        Assessment assessment = basic.assess(YEAR, List.of(
                withBasicFigures(primarySchool("2990121001", 600).build(), 30, 60, 18000, 12),
                withBasicFigures(primarySchool("2990121002", 400).build(), 40, 50, 14000, 20)), Map.of());

        StageAssessment primary = assessment.counties().get(0).stages().get(0);

        assertThat(assessment.method()).isEqualTo("basic-2012");
        assertThat(primary.indicators()).hasSize(8).allSatisfy(i -> {
            assertThat(i.cvLimit()).isEqualByComparingTo("0.65");
            assertThat(i.standard()).isNull();
        });
        assertThat(assessment.schools()).allSatisfy(s -> {
            assertThat(s.compliant()).isNull();
            assertThat(s.gaps()).isEmpty();
        });
    }

    @Test
    void studentTeacherRatioOfTheCountyIsItsStudentsOverItsTeachers() {
        // 600 pupils with 30 teachers (20:1) and 400 with 40 (10:1): the county has 1,000 / 70
        Assessment assessment = basic.assess(YEAR, List.of(
                withBasicFigures(primarySchool("2990121001", 600).build(), 30, 60, 18000, 12),
                withBasicFigures(primarySchool("2990121002", 400).build(), 40, 50, 14000, 20)), Map.of());

        IndicatorAssessment ratio = indicator(assessment, "student_teacher_ratio");

        double county = 1000.0 / 70;
        double variance = 0.6 * Math.pow(20 - county, 2) + 0.4 * Math.pow(10 - county, 2);
        assertThat(ratio.countyValue()).isCloseTo(county, within(1e-12));
        assertThat(ratio.cv()).isCloseTo(Math.sqrt(variance) / county, within(1e-12));
    }

    @Test
    void coefficientsOfFiguresSomeSchoolsDoNotGiveAreUndefined() {
        Assessment assessment = basic.assess(YEAR, List.of(
                withBasicFigures(primarySchool("2990121001", 600).build(), 30, 60, 18000, 12),
                primarySchool("2990121002", 400).build()), Map.of());

        IndicatorAssessment computers = indicator(assessment, "computers_per_100");

        assertThat(computers.cv()).isNull();
        assertThat(computers.cvUndefined()).isEqualTo("data_missing");
        assertThat(computers.cvPass()).isFalse();
        assertThat(indicator(assessment, "equipment_value_per_student").cv()).isNotNull();
    }
}
