package org.junheng.rotation.model.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junheng.registry.Stage;
import org.junheng.registry.Subject;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPair;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.StageBalance;
import org.junheng.rotation.model.SubjectSlot;
import org.junheng.rotation.model.TeacherIndicator;
import org.junheng.rotation.model.Weights;
import org.junit.jupiter.api.Test;

/** Each rule of a rotation plan on its own, on a county of two or three schools. */
class RotationConstraintsTest {

    private final ConstraintVerifier<RotationConstraints, RotationSolution> verifier =
            ConstraintVerifier.build(new RotationConstraints(), RotationSolution.class, Candidate.class);

    private Policy policy = new Policy(2, 200, 1, 1, 0, 50, Weights.DEFAULT);

    private static RotationSchool school(String code, boolean rural, int candidates, Double lon, Double lat) {
        return new RotationSchool(code, code, rural, lon, lat, candidates);
    }

    /** A school-stage with 500 students and 30 teachers in each indicator, none eligible unless said. */
    private SchoolPart part(RotationSchool school, Stage stage, Map<Subject, Integer> subjects, int qualifiedCandidates) {
        Map<TeacherIndicator, Integer> statistics = new EnumMap<>(TeacherIndicator.class);
        Map<TeacherIndicator, Double> standard = new EnumMap<>(TeacherIndicator.class);
        Map<TeacherIndicator, Double> scale = new EnumMap<>(TeacherIndicator.class);
        for (TeacherIndicator indicator : TeacherIndicator.values()) {
            statistics.put(indicator, 30);
            standard.put(indicator, 0.0);
            scale.put(indicator, 0.0);
        }
        return new SchoolPart(school, stage, 500, statistics, Map.of(TeacherIndicator.QUALIFIED, qualifiedCandidates),
                standard, scale, subjects, policy.weights());
    }

    private Candidate candidate(String id, SchoolPart origin, Subject subject, boolean backbone, boolean local,
                                SchoolPart destination) {
        Candidate candidate = new Candidate(id, origin, subject, false, backbone, false, local, false, List.of(), Set.of(),
                policy);
        candidate.setDestination(destination);
        return candidate;
    }

    private final RotationSchool a = school("A", false, 3, null, null);
    private final RotationSchool b = school("B", true, 0, null, null);
    private final SchoolPart aPrimary = part(a, Stage.PRIMARY, Map.of(Subject.MATH, 2, Subject.CHINESE, 1), 0);
    private final SchoolPart bPrimary = part(b, Stage.PRIMARY, Map.of(), 0);
    private final SchoolPart bJunior = part(b, Stage.JUNIOR, Map.of(), 0);

    @Test
    void fewerRotatedThanTheQuotaIsPenalisedByTheTeachersMissing() {
        verifier.verifyThat(RotationConstraints::rotationQuota)
                .given(candidate("t1", aPrimary, Subject.MATH, false, false, bPrimary),
                        candidate("t2", aPrimary, Subject.MATH, false, false, null),
                        candidate("t3", aPrimary, Subject.CHINESE, false, false, null))
                .penalizesBy(1);
    }

    @Test
    void nobodyRotatingMissesTheWholeQuota() {
        verifier.verifyThat(RotationConstraints::rotationQuota)
                .given(candidate("t1", aPrimary, Subject.MATH, false, false, null),
                        candidate("t2", aPrimary, Subject.MATH, false, false, null))
                .penalizesBy(2);
    }

    @Test
    void fiveRotatedNeedOneBackboneTeacherAndSixNeedTwo() {
        List<Candidate> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(candidate("t" + i, aPrimary, Subject.MATH, i == 0, false, bPrimary));
        }
        verifier.verifyThat(RotationConstraints::backboneShare).given(five.toArray()).penalizesBy(0);
        five.add(candidate("t5", aPrimary, Subject.MATH, false, false, bPrimary));
        verifier.verifyThat(RotationConstraints::backboneShare).given(five.toArray()).penalizesBy(1);
    }

    @Test
    void theLocalRuleCountsOnlySpecialGradeTeachersAndSubjectLeadersWhoRotate() {
        verifier.verifyThat(RotationConstraints::localRule)
                .given(candidate("t1", aPrimary, Subject.MATH, false, true, null),
                        candidate("t2", aPrimary, Subject.MATH, false, false, bPrimary))
                .penalizesBy(1);
        verifier.verifyThat(RotationConstraints::localRule)
                .given(candidate("t1", aPrimary, Subject.MATH, false, true, bPrimary))
                .penalizesBy(0);
    }

    @Test
    void aPrimaryTeacherMovedToAJuniorStageBreaksTheStageRule() {
        verifier.verifyThat(RotationConstraints::sameStage)
                .given(candidate("t1", aPrimary, Subject.MATH, false, false, bJunior),
                        candidate("t2", aPrimary, Subject.MATH, false, false, bPrimary))
                .penalizesBy(1);
    }

    @Test
    void aMoveWithinTheSameSchoolIsNoMove() {
        SchoolPart aJunior = part(a, Stage.JUNIOR, Map.of(), 0);
        verifier.verifyThat(RotationConstraints::otherSchool)
                .given(candidate("t1", aPrimary, Subject.MATH, false, false, aJunior))
                .penalizesBy(1);
    }

    @Test
    void aSchoolLosingTwoTeachersNetBreaksThePlusMinusOneLimitByOne() {
        verifier.verifyThat(RotationConstraints::headcountChange)
                .given(policy, a, b, candidate("t1", aPrimary, Subject.MATH, false, false, bPrimary),
                        candidate("t2", aPrimary, Subject.MATH, false, false, bPrimary),
                        candidate("t3", aPrimary, Subject.CHINESE, false, false, null))
                .penalizesBy(2); // A: 3 → 1 (one over), B: 0 → 2 (one over)
    }

    @Test
    void aSwapKeepsEverySchoolsHeadcount() {
        SchoolPart aOne = part(school("A1", false, 1, null, null), Stage.PRIMARY, Map.of(Subject.MATH, 1), 0);
        SchoolPart bOne = part(school("B1", false, 1, null, null), Stage.PRIMARY, Map.of(Subject.MATH, 1), 0);
        verifier.verifyThat(RotationConstraints::headcountChange)
                .given(policy, aOne.school(), bOne.school(), candidate("t1", aOne, Subject.MATH, false, false, bOne),
                        candidate("t2", bOne, Subject.MATH, false, false, aOne))
                .penalizesBy(0);
    }

    @Test
    void aSchoolWhoseMathTeachersAllLeaveWithoutReplacementLosesTheSubject() {
        SubjectSlot math = new SubjectSlot(aPrimary, Subject.MATH);
        SubjectSlot chinese = new SubjectSlot(aPrimary, Subject.CHINESE);
        verifier.verifyThat(RotationConstraints::subjectCoverage)
                .given(policy, math, chinese, candidate("t1", aPrimary, Subject.MATH, false, false, bPrimary),
                        candidate("t2", aPrimary, Subject.MATH, false, false, bPrimary),
                        candidate("t3", aPrimary, Subject.CHINESE, false, false, null))
                .penalizesBy(2);
    }

    @Test
    void aMathTeacherArrivingMakesUpForOneLeaving() {
        SubjectSlot aMath = new SubjectSlot(aPrimary, Subject.MATH);
        SchoolPart cPrimary = part(school("C", false, 1, null, null), Stage.PRIMARY, Map.of(Subject.MATH, 1), 0);
        SubjectSlot cMath = new SubjectSlot(cPrimary, Subject.MATH);
        verifier.verifyThat(RotationConstraints::subjectCoverage)
                .given(policy, aMath, cMath, candidate("t1", aPrimary, Subject.MATH, false, false, cPrimary),
                        candidate("t2", aPrimary, Subject.MATH, false, false, null),
                        candidate("t3", cPrimary, Subject.MATH, false, false, aPrimary))
                .penalizesBy(0);
    }

    @Test
    void aMoveOfMoreThanFiftyKilometresBreaksTheDistanceRule() {
        SchoolPart here = part(school("H", false, 1, 120.0, 30.0), Stage.PRIMARY, Map.of(), 0);
        SchoolPart near = part(school("N", false, 0, 120.3, 30.0), Stage.PRIMARY, Map.of(), 0); // about 29 km
        SchoolPart far = part(school("F", false, 0, 121.0, 30.0), Stage.PRIMARY, Map.of(), 0); // about 96 km
        verifier.verifyThat(RotationConstraints::distanceLimit)
                .given(candidate("t1", here, Subject.MATH, false, false, near), candidate("t2", here, Subject.MATH, false,
                        false, far))
                .penalizesBy(1);
    }

    @Test
    void aForbiddenMoveIsPenalised() {
        Candidate forbidden = new Candidate("t1", aPrimary, Subject.MATH, false, false, false, false, false, List.of(),
                Set.of("B"), policy);
        forbidden.setDestination(bPrimary);
        verifier.verifyThat(RotationConstraints::forbiddenMove).given(forbidden).penalizesBy(1);
    }

    @Test
    void movingAQualifiedTeacherToASchoolShortOfTheStandardImprovesTheIndicator() {
        // B primary: 500 students, standard 4.2 per 100 asks for 21 qualified teachers, it has 19: 2 short.
        // A primary has 30, well above. One qualified teacher from A to B: B is 1 short; A stays above.
        Map<TeacherIndicator, Double> standard = Map.of(TeacherIndicator.QUALIFIED, 21.0);
        SchoolPart rich = new SchoolPart(a, Stage.PRIMARY, 500, Map.of(TeacherIndicator.QUALIFIED, 30),
                Map.of(TeacherIndicator.QUALIFIED, 1), standard, Map.of(), Map.of(), Weights.DEFAULT);
        SchoolPart poor = new SchoolPart(b, Stage.PRIMARY, 500, Map.of(TeacherIndicator.QUALIFIED, 19), Map.of(), standard,
                Map.of(), Map.of(), Weights.DEFAULT);
        Candidate moving = new Candidate("t1", rich, Subject.MATH, true, false, false, false, false, List.of(), Set.of(),
                policy);
        moving.setDestination(poor);

        verifier.verifyThat((constraints, factory) -> constraints.teacherIndicator(factory, TeacherIndicator.QUALIFIED))
                .given(rich, poor, moving)
                .penalizesBy(10_000); // B one teacher short, weight 10 points, in thousandths
        moving.setDestination(null);
        verifier.verifyThat((constraints, factory) -> constraints.teacherIndicator(factory, TeacherIndicator.QUALIFIED))
                .given(rich, poor, moving)
                .penalizesBy(20_000); // B two short before the move
    }

    @Test
    void eveningOutTeachersBetweenTwoEqualSchoolsLowersTheirShareOfTheCoefficient() {
        // two schools of 100 students, 6 and 4 backbone teachers; ΣP / (ΣT)² = 200 / 100 = 2
        Map<TeacherIndicator, Double> scale = Map.of(TeacherIndicator.BACKBONE, 2.0);
        SchoolPart six = new SchoolPart(a, Stage.PRIMARY, 100, Map.of(TeacherIndicator.BACKBONE, 6),
                Map.of(TeacherIndicator.BACKBONE, 1), Map.of(), scale, Map.of(), Weights.DEFAULT);
        SchoolPart four = new SchoolPart(b, Stage.PRIMARY, 100, Map.of(TeacherIndicator.BACKBONE, 4), Map.of(), Map.of(),
                scale, Map.of(), Weights.DEFAULT);
        Candidate moving = new Candidate("t1", six, Subject.MATH, false, true, false, false, false, List.of(), Set.of(),
                policy);

        // before: CV² + 1 = (36/100 + 16/100) × 2 = 1.04, i.e. CV = 0.2; × 100 points × 1000
        verifier.verifyThat((constraints, factory) -> constraints.teacherIndicator(factory, TeacherIndicator.BACKBONE))
                .given(six, four, moving).penalizesBy(104_000);
        moving.setDestination(four);
        // after 5 and 5: CV² + 1 = 1, CV = 0
        verifier.verifyThat((constraints, factory) -> constraints.teacherIndicator(factory, TeacherIndicator.BACKBONE))
                .given(six, four, moving).penalizesBy(100_000);
    }

    @Test
    void aMoveThatMakesAStageLessBalancedIsRefusedAndOneThatEvensItOutIsNot() {
        // two schools of 100 students with 5 and 4 backbone teachers: CV = 0.1111 before
        SchoolPart five = new SchoolPart(a, Stage.PRIMARY, 100, Map.of(TeacherIndicator.BACKBONE, 5),
                Map.of(TeacherIndicator.BACKBONE, 1), Map.of(), Map.of(), Map.of(), Weights.DEFAULT);
        SchoolPart four = new SchoolPart(b, Stage.PRIMARY, 100, Map.of(TeacherIndicator.BACKBONE, 4),
                Map.of(TeacherIndicator.BACKBONE, 1), Map.of(), Map.of(), Map.of(), Weights.DEFAULT);
        Policy withBaseline = new Policy(1, 200, 0, 1, 0, 50, Weights.DEFAULT,
                Map.of(Policy.balanceKey(Stage.PRIMARY, TeacherIndicator.BACKBONE),
                        StageBalance.of(List.of(five, four), TeacherIndicator.BACKBONE, p -> 1)));
        Candidate fromFive = new Candidate("t1", five, Subject.MATH, false, true, false, false, false, List.of(), Set.of(),
                withBaseline);
        Candidate fromFour = new Candidate("t2", four, Subject.MATH, false, true, false, false, false, List.of(), Set.of(),
                withBaseline);

        fromFour.setDestination(five); // 6 and 3: CV = 1/3, up by 0.2222
        verifier.verifyThat((constraints, factory) -> constraints.coefficientNoWorse(factory, TeacherIndicator.BACKBONE))
                .given(withBaseline, five, four, fromFive, fromFour).penalizesBy(222_223);
        fromFour.setDestination(null);
        fromFive.setDestination(four); // 4 and 5: as balanced as before
        verifier.verifyThat((constraints, factory) -> constraints.coefficientNoWorse(factory, TeacherIndicator.BACKBONE))
                .given(withBaseline, five, four, fromFive, fromFour).penalizesBy(0);
    }

    @Test
    void aTeacherSeekingASeniorTitleSentToARuralSchoolMeetsTheRuralRule() {
        Candidate toRural = new Candidate("t1", aPrimary, Subject.MATH, false, false, false, false, true, List.of(),
                Set.of(), policy);
        toRural.setDestination(bPrimary);
        Candidate staying = new Candidate("t2", aPrimary, Subject.MATH, false, false, false, false, true, List.of(),
                Set.of(), policy);
        verifier.verifyThat(RotationConstraints::seniorTitleRural).given(toRural, staying).penalizesBy(900); // 0.9 points
    }

    @Test
    void aMoveBetweenPairedSchoolsIsRewarded() {
        verifier.verifyThat(RotationConstraints::pairedSchools)
                .given(SchoolPair.of("B", "A"), candidate("t1", aPrimary, Subject.MATH, false, false, bPrimary))
                .rewardsWith(500); // 0.5 points
    }

    @Test
    void aMoveCostsItsKilometresAndAMoveItself() {
        SchoolPart here = part(school("H", false, 1, 120.0, 30.0), Stage.PRIMARY, Map.of(), 0);
        SchoolPart there = part(school("T", false, 0, 120.0, 30.1), Stage.PRIMARY, Map.of(), 0); // 11.12 km north
        verifier.verifyThat(RotationConstraints::distance)
                .given(candidate("t1", here, Subject.MATH, false, false, there))
                .penalizesBy(556); // 0.05 points per km × 11.119 km
        verifier.verifyThat(RotationConstraints::moves)
                .given(candidate("t1", here, Subject.MATH, false, false, there), candidate("t2", here, Subject.MATH, false,
                        false, null))
                .penalizesBy(1_000);
    }
}
