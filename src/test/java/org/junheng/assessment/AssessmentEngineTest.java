package org.junheng.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junheng.assessment.SchoolBuilder.COUNTY;
import static org.junheng.assessment.SchoolBuilder.YEAR;
import static org.junheng.assessment.SchoolBuilder.primarySchool;
import static org.junheng.assessment.SchoolBuilder.school;

class AssessmentEngineTest {

    private final AssessmentEngine engine = new AssessmentEngine();

    private Assessment assess(SchoolYear... schools) {
        return engine.assess(YEAR, List.of(schools), Map.of(COUNTY, "青岭县"));
    }

    private static StageAssessment stage(Assessment assessment, Stage stage) {
        return assessment.counties().get(0).stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }

    private static IndicatorAssessment indicator(StageAssessment stage, String code) {
        return stage.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static SchoolStageAssessment schoolStage(Assessment assessment, String code, Stage stage) {
        return assessment.schools().stream().filter(s -> s.schoolCode().equals(code) && s.stage() == stage)
                .findFirst().orElseThrow();
    }

    @Test
    void differenceCoefficientIsWeightedByEnrolmentAsComputedByHand() {
        // 100 pupils at 2,000 yuan each and 300 at 6,000: county value (200,000 + 1,800,000) / 400 = 5,000;
        // weighted variance 0.25 × 3,000² + 0.75 × 1,000² = 3,000,000; CV = √3,000,000 / 5,000 = √3 / 5
        Assessment assessment = assess(
                primarySchool("2990121001", 100).equipment("200000").build(),
                primarySchool("2990121002", 300).equipment("1800000").build());

        IndicatorAssessment equipment = indicator(stage(assessment, Stage.PRIMARY), "equipment_value_per_student");

        assertThat(equipment.countyValue()).isEqualTo(5000.0);
        assertThat(equipment.cv()).isCloseTo(Math.sqrt(3) / 5, within(1e-15));
    }

    @Test
    void aCoefficientExactlyAtItsLimitPasses() {
        // 20.3 and 7.7 m² per pupil, 100 pupils each: CV = (20.3 − 7.7) / (20.3 + 7.7) = 12.6 / 28 = 0.45 exactly,
        // which floating point computes as 0.45000000000000007
        Assessment assessment = assess(
                school("2990121001", SchoolType.JUNIOR).junior(100).sportsArea("2030").build(),
                school("2990121002", SchoolType.JUNIOR).junior(100).sportsArea("770").build());

        IndicatorAssessment sports = indicator(stage(assessment, Stage.JUNIOR), "sports_area_per_student");

        assertThat(sports.cv()).isGreaterThan(0.45).isCloseTo(0.45, within(1e-15));
        assertThat(sports.cvLimit()).isEqualByComparingTo("0.45");
        assertThat(sports.cvPass()).isTrue();
    }

    @Test
    void aCoefficientAHairAboveItsLimitFails() {
        // 2,030.01 m² instead of 2,030: CV = 12.6001 / 28.0001 = 0.4500019… > 0.45
        Assessment assessment = assess(
                school("2990121001", SchoolType.JUNIOR).junior(100).sportsArea("2030.01").build(),
                school("2990121002", SchoolType.JUNIOR).junior(100).sportsArea("770").build());

        assertThat(indicator(stage(assessment, Stage.JUNIOR), "sports_area_per_student").cvPass()).isFalse();
    }

    @Test
    void weightedCoefficientDiffersFromThePlainCoefficientOfVariation() {
        Assessment assessment = assess(
                primarySchool("2990121001", 100).equipment("200000").build(),
                primarySchool("2990121002", 300).equipment("1800000").build());
        // the plain population CV of 2,000 and 6,000 is 2,000 / 4,000 = 0.5
        double plain = 0.5;

        double weighted = indicator(stage(assessment, Stage.PRIMARY), "equipment_value_per_student").cv();

        assertThat(weighted).isCloseTo(0.3464, within(1e-4)).isNotCloseTo(plain, within(0.1));
    }

    @Test
    void indicatorAt85PercentOfItsStandardKeepsTheSchoolCompliant() {
        // 1,700 yuan per pupil is exactly 85% of 2,000
        Assessment assessment = assess(primarySchool("2990121001", 1000).equipment("1700000").build());

        SchoolStageAssessment school = schoolStage(assessment, "2990121001", Stage.PRIMARY);

        assertThat(school.passes().get("equipment_value_per_student")).isFalse();
        assertThat(school.compliant()).isTrue();
    }

    @Test
    void indicatorAt84Point9PercentOfItsStandardMakesTheSchoolNonCompliant() {
        Assessment assessment = assess(primarySchool("2990121001", 1000).equipment("1698000").build());

        assertThat(schoolStage(assessment, "2990121001", Stage.PRIMARY).compliant()).isFalse();
        assertThat(stage(assessment, Stage.PRIMARY).compliantSchools()).isZero();
    }

    @Test
    void eightyFivePercentIsDecidedExactlyWhereDecimalsMeetTheBoundary() {
        // 3.57 qualified teachers per 100 pupils is 85% of 4.2; 357 / 10,000 in floating point is not quite 0.0357
        Assessment assessment = assess(primarySchool("2990121001", 10_000).teachers(357, 120, 100).build());

        assertThat(schoolStage(assessment, "2990121001", Stage.PRIMARY).compliant()).isTrue();
    }

    @Test
    void schoolMeetingSixOfSevenStandardsWithTheSeventhAbove85PercentIsCompliant() {
        Assessment assessment = assess(primarySchool("2990121001", 1000).equipment("1900000").build());

        SchoolStageAssessment school = schoolStage(assessment, "2990121001", Stage.PRIMARY);

        assertThat(school.passes().values()).containsOnlyOnce(false);
        assertThat(school.compliant()).isTrue();
    }

    @Test
    void schoolMeetingOnlyFiveOfSevenStandardsIsNotCompliantEvenAbove85Percent() {
        Assessment assessment = assess(primarySchool("2990121001", 1000).equipment("1900000").teachingArea("4400").build());

        SchoolStageAssessment school = schoolStage(assessment, "2990121001", Stage.PRIMARY);

        assertThat(school.passes().values().stream().filter(p -> !p)).hasSize(2);
        assertThat(school.compliant()).isFalse();
    }

    @Test
    void nineYearSchoolIsSplitAndItsWholeSchoolResourcesApportionedByStudents() {
        Assessment assessment = assess(school("2990121001", SchoolType.NINE_YEAR).primary(600).junior(400)
                .teachingArea("5000").build());

        assertThat(schoolStage(assessment, "2990121001", Stage.PRIMARY).values().get("teaching_area_per_student"))
                .isCloseTo(5.0, within(1e-12));
        assertThat(schoolStage(assessment, "2990121001", Stage.JUNIOR).values().get("teaching_area_per_student"))
                .isCloseTo(5.0, within(1e-12));
        assertThat(stage(assessment, Stage.PRIMARY).students()).isEqualTo(600);
        assertThat(stage(assessment, Stage.JUNIOR).students()).isEqualTo(400);
    }

    @Test
    void stageWeightsShiftTheApportionedShareTowardsTheHeavierStage() {
        AssessmentEngine weighted = new AssessmentEngine(AssessmentMethod.QUALITY_2017,
                new StageWeights(BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("1.32")));
        SchoolYear nineYear = school("2990121001", SchoolType.NINE_YEAR).primary(600).junior(400).teachingArea("5000").build();

        Assessment assessment = weighted.assess(YEAR, List.of(nineYear), Map.of());

        // weighted students 600 + 1.5 × 400 = 1,200: primary gets 2,500 m² over 600, junior 2,500 m² over 400
        assertThat(schoolStage(assessment, "2990121001", Stage.PRIMARY).values().get("teaching_area_per_student"))
                .isCloseTo(2500.0 / 600, within(1e-12));
        assertThat(schoolStage(assessment, "2990121001", Stage.JUNIOR).values().get("teaching_area_per_student"))
                .isCloseTo(6.25, within(1e-12));
    }

    @Test
    void completeMiddleSchoolDropsTheShareOfItsSeniorStudents() {
        Assessment assessment = assess(school("2990121001", SchoolType.COMPLETE_MIDDLE).junior(600).senior(400)
                .equipment("2000000").build());

        // the junior part gets 600 / 1,000 of the equipment: 1,200,000 yuan for 600 students
        assertThat(schoolStage(assessment, "2990121001", Stage.JUNIOR).values().get("equipment_value_per_student"))
                .isCloseTo(2000.0, within(1e-9));
        assertThat(assessment.schools()).extracting(SchoolStageAssessment::stage).containsExactly(Stage.JUNIOR);
    }

    @Test
    void teachingPointWithFewerThan50StudentsIsNotAssessed() {
        Assessment assessment = assess(primarySchool("2990121001", 800).build(),
                school("2990121002", SchoolType.TEACHING_POINT).primary(49).build());

        SchoolStageAssessment point = schoolStage(assessment, "2990121002", Stage.PRIMARY);

        assertThat(point.excluded()).isEqualTo(Exclusion.SMALL_TEACHING_POINT);
        assertThat(point.compliant()).isNull();
        assertThat(stage(assessment, Stage.PRIMARY).schoolCount()).isEqualTo(1);
    }

    @Test
    void teachingPointWith50StudentsIsAssessedAsAPrimarySchool() {
        Assessment assessment = assess(primarySchool("2990121001", 800).build(),
                school("2990121002", SchoolType.TEACHING_POINT).primary(50).build());

        assertThat(schoolStage(assessment, "2990121002", Stage.PRIMARY).excluded()).isNull();
        assertThat(stage(assessment, Stage.PRIMARY).schoolCount()).isEqualTo(2);
        assertThat(stage(assessment, Stage.PRIMARY).students()).isEqualTo(850);
    }

    @Test
    void specialSchoolIsExcludedInBothStages() {
        Assessment assessment = assess(primarySchool("2990121001", 800).build(),
                school("2990121002", SchoolType.SPECIAL).primary(60).junior(30).build());

        assertThat(assessment.schools()).filteredOn(s -> s.schoolCode().equals("2990121002"))
                .extracting(SchoolStageAssessment::excluded)
                .containsExactly(Exclusion.SPECIAL_SCHOOL, Exclusion.SPECIAL_SCHOOL);
        assertThat(assessment.counties().get(0).stages()).extracting(StageAssessment::stage).containsExactly(Stage.PRIMARY);
    }

    @Test
    void aStageTheCountyDoesNotHaveIsSkipped() {
        Assessment assessment = assess(primarySchool("2990121001", 800).build(), primarySchool("2990121002", 700).build());

        CountyAssessment county = assessment.counties().get(0);

        assertThat(county.stages()).extracting(StageAssessment::stage).containsExactly(Stage.PRIMARY);
        assertThat(county.resourcePass()).isTrue();
    }

    @Test
    void countyValueOfZeroLeavesTheCoefficientUndefinedAndFailsTheIndicator() {
        Assessment assessment = assess(primarySchool("2990121001", 800).teachers(40, 0, 8).build(),
                primarySchool("2990121002", 700).teachers(35, 0, 7).build());

        IndicatorAssessment backbone = indicator(stage(assessment, Stage.PRIMARY), "backbone_teachers_per_100");

        assertThat(backbone.countyValue()).isZero();
        assertThat(backbone.cv()).isNull();
        assertThat(backbone.cvUndefined()).isEqualTo("county_value_zero");
        assertThat(backbone.cvPass()).isFalse();
        assertThat(assessment.counties().get(0).reasons()).extracting(Reason::code).contains("coefficient_undefined");
    }

    @Test
    void schoolWithNoStudentsInAStageIsExcludedWithThatReason() {
        Assessment assessment = assess(primarySchool("2990121001", 800).build(),
                school("2990121002", SchoolType.NINE_YEAR).primary(300).build());

        assertThat(schoolStage(assessment, "2990121002", Stage.JUNIOR).excluded()).isEqualTo(Exclusion.NO_STUDENTS);
    }

    @Test
    void gapIsTheResourceTheSchoolLacksToReachTheStandard() {
        Assessment assessment = assess(primarySchool("2990121001", 1000).equipment("1800000").teachers(40, 12, 10).build());

        Map<String, Double> gaps = schoolStage(assessment, "2990121001", Stage.PRIMARY).gaps();

        assertThat(gaps).containsOnlyKeys("equipment_value_per_student", "qualified_teachers_per_100");
        assertThat(gaps.get("equipment_value_per_student")).isCloseTo(200_000.0, within(1e-6));
        assertThat(gaps.get("qualified_teachers_per_100")).isEqualTo(2.0); // 42 needed for 1,000 pupils
    }

    @Test
    void gapOfASplitSchoolsWholeSchoolResourceIsWhatTheSchoolMustAdd() {
        // the junior half of 2,000 m² is 1,000 m² for 200 pupils; 5.8 × 200 = 1,160 m², so 160 more for the
        // junior part, which gets half of anything added: the school adds 320 m²
        Assessment assessment = assess(school("2990121001", SchoolType.NINE_YEAR).primary(200).junior(200)
                .teachingArea("2000").build());

        assertThat(schoolStage(assessment, "2990121001", Stage.JUNIOR).gaps().get("teaching_area_per_student"))
                .isCloseTo(320.0, within(1e-9));
    }

    @Test
    void proposalBringsAnOverLimitCoefficientWithinItsLimitAtLeastResource() {
        SchoolYear rich = primarySchool("2990121001", 1000).equipment("9000000").build();
        SchoolYear poor = primarySchool("2990121002", 500).equipment("500000").build();
        Assessment before = assess(rich, poor);
        StageAssessment primary = stage(before, Stage.PRIMARY);
        assertThat(indicator(primary, "equipment_value_per_student").cvPass()).isFalse();

        BalanceProposal proposal = primary.proposals().get(0);

        assertThat(proposal.indicator()).isEqualTo("equipment_value_per_student");
        assertThat(proposal.additions()).singleElement().satisfies(a -> assertThat(a.schoolCode()).isEqualTo("2990121002"));
        assertThat(proposal.cvAfter()).isLessThanOrEqualTo(0.50);
        double added = proposal.total();
        Assessment after = assess(rich, primarySchool("2990121002", 500)
                .equipment(BigDecimal.valueOf(500_000 + added).toPlainString()).build());
        assertThat(indicator(stage(after, Stage.PRIMARY), "equipment_value_per_student").cv()).isLessThanOrEqualTo(0.50 + 1e-12);
        Assessment less = assess(rich, primarySchool("2990121002", 500)
                .equipment(BigDecimal.valueOf(500_000 + added * 0.99).toPlainString()).build());
        assertThat(indicator(stage(less, Stage.PRIMARY), "equipment_value_per_student").cv()).isGreaterThan(0.50);
    }

    @Test
    void countyWithoutFactsIsIncompleteWhenItsStatisticsPass() {
        Assessment assessment = assess(primarySchool("2990121001", 800).build(), primarySchool("2990121002", 700).build());

        CountyAssessment county = assessment.counties().get(0);

        assertThat(county.resourcePass()).isTrue();
        assertThat(county.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(county.reasons()).extracting(Reason::code).containsExactly("facts_missing");
        assertThat(county.guarantee().items()).filteredOn(i -> "statistics".equals(i.source()))
                .extracting(ItemAssessment::number).containsExactly(3, 4, 5, 12);
    }

    @Test
    void oversizeClassesFailGuaranteeItem5AndTheCounty() {
        Assessment assessment = assess(primarySchool("2990121001", 800).oversizeClasses(2).build(),
                primarySchool("2990121002", 700).build());

        CountyAssessment county = assessment.counties().get(0);
        ItemAssessment classSize = county.guarantee().items().get(4);

        assertThat(classSize.code()).isEqualTo("class_size");
        assertThat(classSize.pass()).isFalse();
        assertThat(classSize.schools()).containsExactly("2990121001");
        assertThat(classSize.shortfalls()).containsExactly(new Shortfall("2990121001", "学校2990121001", "oversize_classes",
                BigDecimal.valueOf(2), BigDecimal.ZERO, true));
        assertThat(county.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void oneMusicAndOneArtRoomPerTwelveClassesRoundedUp() {
        // 800 pupils in 20 classes need 2 rooms of each kind
        Assessment assessment = assess(primarySchool("2990121001", 800).musicAndArtRooms(2, 1).build());

        ItemAssessment rooms = assessment.counties().get(0).guarantee().items().get(2);
        assertThat(rooms.schools()).containsExactly("2990121001");
        assertThat(rooms.shortfalls()).containsExactly(new Shortfall("2990121001", "学校2990121001", "art_rooms",
                BigDecimal.ONE, BigDecimal.valueOf(2), false));
    }

    @Test
    void schoolsOver2000StudentsFailGuaranteeItem4ButNineYearSchoolsMayHave2500() {
        Assessment assessment = assess(primarySchool("2990121001", 2001).build(),
                school("2990121002", SchoolType.NINE_YEAR).primary(1500).junior(1000).build());

        ItemAssessment size = assessment.counties().get(0).guarantee().items().get(3);
        assertThat(size.schools()).containsExactly("2990121001");
        assertThat(size.shortfalls()).singleElement().satisfies(f -> {
            assertThat(f.measure()).isEqualTo("compulsory_students");
            assertThat(f.value()).isEqualByComparingTo("2001");
            assertThat(f.required()).isEqualByComparingTo("2000");
            assertThat(f.atMost()).isTrue();
        });
    }

    @Test
    void everyFullTimeTeacherMustHoldACertificate() {
        Assessment assessment = assess(primarySchool("2990121001", 800).certifiedTeachers(47).build());

        ItemAssessment certification = assessment.counties().get(0).guarantee().items().get(11);
        assertThat(certification.pass()).isFalse();
        assertThat(certification.shortfalls()).extracting(Shortfall::measure, f -> f.value().intValue(), f -> f.required().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("certified_teachers", 47, 48));
    }

    @Test
    void aSchoolSeesItsOwnShortfallsButNoOtherSchoolsNames() {
        Assessment assessment = assess(primarySchool("2990121001", 800).musicAndArtRooms(1, 1).build(),
                primarySchool("2990121002", 800).musicAndArtRooms(2, 1).build());

        CountyAssessment seen = assessment.counties().get(0).seenBy("2990121002");

        ItemAssessment rooms = seen.guarantee().items().get(2);
        assertThat(rooms.pass()).isFalse();
        assertThat(rooms.schools()).containsExactly("2990121002");
        assertThat(rooms.shortfalls()).extracting(Shortfall::schoolCode).containsOnly("2990121002");
    }

    @Test
    void rowsOfOtherYearsAreIgnored() {
        SchoolYear lastYear = primarySchool("2990121001", 800).build();
        SchoolYear other = new SchoolYear(lastYear.school(), new org.junheng.registry.SchoolStatistics(2024,
                lastYear.school().code(), new StageStatistics(5, 1, 0, 1, 1, 0, 0), StageStatistics.NONE, 0,
                lastYear.statistics().facilities()));

        Assessment assessment = engine.assess(YEAR, List.of(lastYear, other), Map.of());

        assertThat(assessment.schools()).singleElement().satisfies(s -> assertThat(s.students()).isEqualTo(800));
        assertThat(assessment.year()).isEqualTo(YEAR);
    }
}
