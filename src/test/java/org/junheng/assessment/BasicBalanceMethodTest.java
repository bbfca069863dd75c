package org.junheng.assessment;

import java.util.List;
import java.util.Map;

import org.junheng.registry.AdministeringLevel;
import org.junheng.registry.BasicBalanceFigures;
import org.junheng.registry.Ownership;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.junheng.assessment.SchoolBuilder.YEAR;
import static org.junheng.assessment.SchoolBuilder.primarySchool;
import static org.junheng.assessment.SchoolBuilder.school;

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

    private static StageAssessment primary(Assessment assessment) {
        return assessment.counties().get(0).stages().stream().filter(st -> st.stage() == Stage.PRIMARY).findFirst()
                .orElseThrow();
    }

    @Test
    void basicBalanceJudgesTheCompositeCoefficientNotEachOfTheEight() {
        Assessment assessment = basic.assess(YEAR, List.of(
                withBasicFigures(primarySchool("2990121001", 600).build(), 30, 60, 18000, 12),
                withBasicFigures(primarySchool("2990121002", 400).build(), 40, 50, 14000, 20)), Map.of());

        StageAssessment primary = primary(assessment);

        assertThat(assessment.method()).isEqualTo("basic-2012");
        assertThat(primary.indicators()).hasSize(8).allSatisfy(i -> {
            assertThat(i.cvLimit()).as("single coefficients are reported, not judged").isNull();
            assertThat(i.standard()).isNull();
        });
        double mean = primary.indicators().stream().mapToDouble(IndicatorAssessment::cv).average().orElseThrow();
        assertThat(primary.compositeCv()).isCloseTo(mean, within(1e-15));
        assertThat(primary.compositeLimit()).isEqualByComparingTo("0.65");
        assertThat(primary.compositePass()).isEqualTo(mean <= 0.65);
        assertThat(primary.resourcePass()).isEqualTo(primary.compositePass());
        assertThat(assessment.schools()).allSatisfy(s -> {
            assertThat(s.compliant()).isNull();
            assertThat(s.gaps()).isEmpty();
        });
    }

    @Test
    void theCompositePassesWhileASingleCoefficientIsAboveOne() {
        // a small school of 60 pupils with 60 computers beside two of 600 with 6 each: the computers coefficient
        // is about 3.7, while the other seven figures are nearly even, so the mean of the eight stays under 0.65
        Assessment assessment = basic.assess(YEAR, List.of(
                withBasicFigures(primarySchool("2990121001", 60).build(), 4, 60, 1800, 2),
                withBasicFigures(primarySchool("2990121002", 600).build(), 36, 6, 18000, 18),
                withBasicFigures(primarySchool("2990121003", 600).build(), 36, 6, 18000, 18)), Map.of());

        StageAssessment primary = primary(assessment);
        IndicatorAssessment computers = indicator(assessment, "computers_per_100");

        assertThat(computers.cv()).isGreaterThan(1);
        assertThat(primary.compositeCv()).isLessThan(0.65);
        assertThat(primary.compositePass()).isTrue();
        assertThat(primary.resourcePass()).isTrue();
        assertThat(assessment.counties().get(0).resourcePass()).isTrue();
    }

    @Test
    void teachersPerStudentOfTheCountyIsItsTeachersOverItsStudentsWeightedLikeEveryOtherResource() {
        // 师生比 per 100 pupils: 600 pupils with 30 teachers (5.0), 400 with 40 (10.0), and a small over-staffed
        // school of 50 with 10 (20.0). County value 80 × 100 / 1,050 = 7.619…; the coefficient is weighted by pupils
        Assessment assessment = basic.assess(YEAR, List.of(
                withBasicFigures(primarySchool("2990121001", 600).build(), 30, 60, 18000, 12),
                withBasicFigures(primarySchool("2990121002", 400).build(), 40, 50, 14000, 20),
                withBasicFigures(primarySchool("2990121003", 50).build(), 10, 5, 1500, 5)), Map.of());

        IndicatorAssessment teachers = indicator(assessment, "teachers_per_100");

        double county = 80.0 * 100 / 1050;
        double variance = (600 * Math.pow(5 - county, 2) + 400 * Math.pow(10 - county, 2) + 50 * Math.pow(20 - county, 2)) / 1050;
        assertThat(teachers.countyValue()).isCloseTo(county, within(1e-12));
        assertThat(teachers.cv()).isCloseTo(Math.sqrt(variance) / county, within(1e-12));
        // as students per teacher the small school would weigh far less: 2.5 against 20 and 10
        double perTeacherCounty = 1050.0 / 80;
        double perTeacherCv = Math.sqrt((600 * Math.pow(20 - perTeacherCounty, 2) + 400 * Math.pow(10 - perTeacherCounty, 2)
                + 50 * Math.pow(5 - perTeacherCounty, 2)) / 1050) / perTeacherCounty;
        assertThat(teachers.cv()).isGreaterThan(perTeacherCv * 1.07);
    }

    @Test
    void the2012CalculationLeavesOutTeachingPointsPrivateAndNonCountySchools() {
        SchoolYear county = withBasicFigures(primarySchool("2990121001", 600).build(), 30, 60, 18000, 12);
        SchoolYear point = withBasicFigures(school("2990121002", SchoolType.TEACHING_POINT).primary(80).build(), 4, 2, 800, 1);
        SchoolYear privateSchool = owned(withBasicFigures(primarySchool("2990121003", 500).build(), 25, 50, 15000, 10),
                Ownership.PRIVATE, null);
        SchoolYear cityRun = owned(withBasicFigures(primarySchool("2990121004", 500).build(), 25, 50, 15000, 10),
                Ownership.PUBLIC, AdministeringLevel.MUNICIPAL);
        SchoolYear countyRun = owned(withBasicFigures(primarySchool("2990121005", 400).build(), 20, 40, 12000, 8),
                Ownership.PUBLIC, AdministeringLevel.COUNTY);

        Assessment assessment = basic.assess(YEAR, List.of(county, point, privateSchool, cityRun, countyRun), Map.of());
        Assessment quality = new AssessmentEngine().assess(YEAR, List.of(county, point, privateSchool, cityRun, countyRun),
                Map.of());

        assertThat(primary(assessment).schoolCount()).isEqualTo(2);
        assertThat(assessment.schools()).filteredOn(s -> s.excluded() != null)
                .extracting(SchoolStageAssessment::schoolCode, SchoolStageAssessment::excluded)
                .containsExactlyInAnyOrder(tuple("2990121002", Exclusion.TEACHING_POINT),
                        tuple("2990121003", Exclusion.PRIVATE_SCHOOL), tuple("2990121004", Exclusion.NOT_COUNTY_RUN));
        assertThat(primary(quality).schoolCount()).as("quality-2017 assesses them all").isEqualTo(5);
        assertThat(primary(quality).compositeLimit()).as("the 2017 composite is information only").isNull();
        assertThat(primary(quality).compositePass()).isNull();
        assertThat(primary(quality).compositeCv()).isNotNull();
    }

    private static SchoolYear owned(SchoolYear school, Ownership ownership, AdministeringLevel level) {
        SchoolStatistics st = school.statistics();
        BasicBalanceFigures b = st.basic();
        return new SchoolYear(school.school(), new SchoolStatistics(st.year(), st.schoolCode(), st.primary(), st.junior(),
                st.studentsSenior(), st.facilities(), new BasicBalanceFigures(b.computers(), b.books(),
                b.titledTeachersPrimary(), b.titledTeachersJunior(), ownership, level)));
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
        assertThat(primary(assessment).compositeCv()).isNull();
        assertThat(primary(assessment).compositePass()).isFalse();
        assertThat(primary(assessment).resourcePass()).isFalse();
    }
}
