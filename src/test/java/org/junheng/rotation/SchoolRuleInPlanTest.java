package org.junheng.rotation;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junheng.assessment.Assessment;
import org.junheng.assessment.AssessmentEngine;
import org.junheng.assessment.Change;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.assessment.WhatIf;
import org.junheng.registry.BackboneLevel;
import org.junheng.registry.Education;
import org.junheng.registry.Gender;
import org.junheng.registry.LocationClass;
import org.junheng.registry.School;
import org.junheng.registry.SchoolFacilities;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;
import org.junheng.registry.Subject;
import org.junheng.registry.Teacher;
import org.junheng.registry.Title;
import org.junheng.registry.Labelled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official school rule inside the plan: a county of four primary schools of 500 pupils. School A has
 * exactly the 21 qualified teachers its standard asks for and two qualified maths teachers who may rotate;
 * B and D have 10 qualified teachers and two unqualified maths teachers each who may rotate. Exchanging a
 * maths teacher of A with one of B evens out the qualified teachers; B with D changes nothing.
 */
class SchoolRuleInPlanTest {

    private static final String COUNTY = "990121";
    private static final int YEAR = 2025;
    /** The teachers' indicators weigh so much that only a hard rule keeps a qualified teacher at A. */
    private static final String EVEN_OUT_AT_ANY_PRICE = "weight.coefficient=1000000\n";

    private final RotationPlanner planner = new RotationPlanner();

    /** A primary school of 500 pupils, 12 classes, 30 teachers, meeting every standard but those given. */
    private static SchoolYear school(String code, int qualified, int multimediaRooms) {
        School school = new School(code, "学校" + code.substring(7), SchoolType.PRIMARY, LocationClass.TOWN, COUNTY, null, null);
        StageStatistics primary = new StageStatistics(500, 12, 0, 30, qualified, 6, 5);
        SchoolFacilities facilities = new SchoolFacilities(30, new BigDecimal("2500"), new BigDecimal("4000"),
                new BigDecimal("1100000"), multimediaRooms, 1, 1, new BigDecimal("100"), new BigDecimal("95"));
        return new SchoolYear(school, new SchoolStatistics(YEAR, code, primary, StageStatistics.NONE, 0, facilities));
    }

    private static Teacher maths(String id, String school, boolean qualified) {
        return new Teacher(id, school, Stage.PRIMARY, Subject.MATH, Gender.MALE, 1980,
                qualified ? Education.BACHELOR : Education.SENIOR_SECONDARY, Title.FIRST, BackboneLevel.COUNTY, false, false,
                8, 0, false, false);
    }

    /** A's multimedia rooms: 11 leaves that indicator below its standard (2.2 of 2.3 per 100), 12 meets it. */
    private static RotationProblem county(int multimediaRoomsOfA) {
        List<SchoolYear> schools = List.of(school("2990121001", 21, multimediaRoomsOfA), school("2990121002", 10, 12),
                school("2990121003", 10, 12), school("2990121004", 10, 12));
        List<Teacher> teachers = new ArrayList<>();
        for (String school : List.of("2990121001", "2990121002", "2990121004")) {
            for (int i = 1; i <= 2; i++) {
                teachers.add(maths("T" + school + "-" + i, school, school.endsWith("001")));
            }
        }
        return new RotationProblem(COUNTY, "示范县", YEAR, schools, teachers, Set.of());
    }

    private static SchoolStageAssessment schoolA(Assessment assessment) {
        return assessment.schools().stream().filter(s -> s.schoolCode().equals("2990121001")).findFirst().orElseThrow();
    }

    private static double qualifiedCoefficient(Assessment assessment) {
        return assessment.counties().get(0).stages().get(0).indicators().stream()
                .filter(i -> i.code().equals("qualified_teachers_per_100")).findFirst().orElseThrow().cv();
    }

    private static long qualifiedLeavingA(RotationPlan plan) {
        return plan.moves().stream().filter(m -> m.fromSchool().equals("2990121001")).count();
    }

    @Test
    void aTeacherWhoseMoveWouldDropACompliantSchoolStageBelowTheSchoolRuleIsNotMovedThoughItEvensOutACoefficient()
            throws IOException {
        // given A compliant with one indicator below its standard, so that it needs all 21 qualified teachers
        RotationProblem problem = county(11);
        RotationRules rules = RotationRules.read(new StringReader(EVEN_OUT_AT_ANY_PRICE));
        Assessment before = new AssessmentEngine().assess(YEAR, problem.schoolYears(), Map.of());
        Assessment exchanged = new AssessmentEngine().assess(YEAR, WhatIf.apply(problem.schoolYears(), List.of(
                new Change.MoveTeachers("2990121001", "2990121002", Stage.PRIMARY, 1, true, true, false),
                new Change.MoveTeachers("2990121002", "2990121001", Stage.PRIMARY, 1, false, true, false))), Map.of());
        assertThat(schoolA(before).compliant()).isTrue();
        assertThat(qualifiedCoefficient(exchanged)).isLessThan(qualifiedCoefficient(before));
        assertThat(schoolA(exchanged).compliant()).isFalse();

        // when
        RotationPlan plan = planner.plan(problem, rules, Duration.ofSeconds(2), (score, moves) -> { });

        // then the quota is met by B and D exchanging, and A keeps its qualified teachers and its compliance
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.moves()).isNotEmpty();
        assertThat(qualifiedLeavingA(plan)).isZero();
        assertThat(schoolA(plan.after()).compliant()).isTrue();
        assertThat(PlanChecker.broken(problem, rules, plan)).isEmpty();
    }

    @Test
    void theSameExchangeIsMadeWhereTheSchoolStageStaysCompliantAfterIt() throws IOException {
        // given A meeting every other standard, so that one indicator may fall below its own (to 85%)
        RotationProblem problem = county(12);
        RotationRules rules = RotationRules.read(new StringReader(EVEN_OUT_AT_ANY_PRICE));

        // when
        RotationPlan plan = planner.plan(problem, rules, Duration.ofSeconds(2), (score, moves) -> { });

        // then a qualified teacher leaves A for a school with fewer, and A is still compliant
        assertThat(plan.feasible()).isTrue();
        assertThat(qualifiedLeavingA(plan)).isPositive();
        assertThat(schoolA(plan.after()).compliant()).isTrue();
        assertThat(qualifiedCoefficient(plan.after())).isLessThan(qualifiedCoefficient(plan.before()));
        assertThat(PlanChecker.broken(problem, rules, plan)).isEmpty();
    }

    @Test
    void everyRuleAndObjectiveOfAPlanHasAChineseAndAnEnglishName() {
        RotationPlan plan = planner.plan(county(12), RotationRules.DEFAULT, Duration.ofSeconds(1), (score, moves) -> { });

        assertThat(plan.scoreByRule().keySet()).hasSizeGreaterThan(15)
                .allSatisfy(rule -> assertThat(Labelled.parse(PlanRule.class, rule)).as(rule).isPresent());
    }
}
