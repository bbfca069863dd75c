package org.junheng.rotation.model.score;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.quad.QuadConstraintStream;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.SchoolPair;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.StageBalance;
import org.junheng.rotation.model.SubjectSlot;
import org.junheng.rotation.model.TeacherIndicator;
import org.junheng.rotation.model.Weights;

/**
 * The rules of a rotation plan, one method each. Hard rules count by how much they are broken (in
 * teachers or moves); soft objectives count thousandths of a weighted point (see {@link Weights}).
 */
public class RotationConstraints implements ConstraintProvider {

    public static final String ROTATION_QUOTA = "rotation_quota";
    public static final String BACKBONE_SHARE = "backbone_share";
    public static final String LOCAL_RULE = "local_rule";
    public static final String SAME_STAGE = "same_stage";
    public static final String OTHER_SCHOOL = "other_school";
    public static final String HEADCOUNT_CHANGE = "headcount_change";
    public static final String SUBJECT_COVERAGE = "subject_coverage";
    public static final String DISTANCE_LIMIT = "distance_limit";
    public static final String FORBIDDEN_MOVE = "forbidden_move";
    public static final String COEFFICIENT_NO_WORSE = "coefficient_no_worse";
    public static final String SCHOOL_RULE_KEPT = "school_rule_kept";
    public static final String COMPLIANT_SCHOOL_STAGES = "compliant_school_stages";
    public static final String TEACHER_INDICATORS = "teacher_indicators";
    public static final String SENIOR_TITLE_RURAL = "senior_title_rural";
    public static final String PAIRED_SCHOOLS = "paired_schools";
    public static final String DISTANCE = "distance";
    public static final String MOVES = "moves";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            rotationQuota(factory), backboneShare(factory), localRule(factory), sameStage(factory), otherSchool(factory),
            headcountChange(factory), subjectCoverage(factory), distanceLimit(factory), forbiddenMove(factory),
            coefficientNoWorse(factory, TeacherIndicator.QUALIFIED), coefficientNoWorse(factory, TeacherIndicator.BACKBONE),
            coefficientNoWorse(factory, TeacherIndicator.PE_ART), schoolRuleKept(factory), compliantSchoolStages(factory),
            teacherIndicator(factory, TeacherIndicator.QUALIFIED), teacherIndicator(factory, TeacherIndicator.BACKBONE),
            teacherIndicator(factory, TeacherIndicator.PE_ART), seniorTitleRural(factory), pairedSchools(factory),
            distance(factory), moves(factory)
        };
    }

    /** At least the rotation share of the eligible teachers rotate (rounded up). */
    Constraint rotationQuota(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Candidate.class)
                .groupBy(Candidate::policy, ConstraintCollectors.conditionally(Candidate::moved, ConstraintCollectors.count()))
                .filter((policy, rotated) -> rotated < policy.requiredRotated())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (policy, rotated) -> policy.requiredRotated() - rotated)
                .asConstraint(ROTATION_QUOTA);
    }

    /** Backbone teachers (county level or above) are at least their share of those who rotate. */
    Constraint backboneShare(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Candidate.class)
                .groupBy(Candidate::policy,
                        ConstraintCollectors.conditionally(Candidate::moved, ConstraintCollectors.count()),
                        ConstraintCollectors.conditionally(c -> c.moved() && c.backbone(), ConstraintCollectors.count()))
                .filter((policy, rotated, backbone) -> backbone < policy.requiredBackbone(rotated))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (policy, rotated, backbone) -> policy.requiredBackbone(rotated) - backbone)
                .asConstraint(BACKBONE_SHARE);
    }

    /** The local rule: at least its share of the eligible special-grade teachers and subject leaders rotate. */
    Constraint localRule(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Candidate.class)
                .groupBy(Candidate::policy,
                        ConstraintCollectors.conditionally(c -> c.moved() && c.localRule(), ConstraintCollectors.count()))
                .filter((policy, rotated) -> rotated < policy.requiredLocal())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (policy, rotated) -> policy.requiredLocal() - rotated)
                .asConstraint(LOCAL_RULE);
    }

    /** A teacher moves only to a school-stage of the stage they teach. */
    Constraint sameStage(ConstraintFactory factory) {
        return factory.forEach(Candidate.class)
                .filter(c -> c.destination().stage() != c.origin().stage())
                .penalizeLong(HardSoftLongScore.ONE_HARD)
                .asConstraint(SAME_STAGE);
    }

    /** A move goes to another school. */
    Constraint otherSchool(ConstraintFactory factory) {
        return factory.forEach(Candidate.class)
                .filter(c -> c.destination().school() == c.origin().school())
                .penalizeLong(HardSoftLongScore.ONE_HARD)
                .asConstraint(OTHER_SCHOOL);
    }

    /** No school's number of teachers changes by more than the limit (arrivals and departures net). */
    Constraint headcountChange(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Candidate.class)
                .groupBy(c -> c.effectivePart().school(), ConstraintCollectors.count())
                .complement(RotationSchool.class, school -> 0)
                .join(Policy.class)
                .filter((school, count, policy) -> Math.abs(count - school.candidatesBefore()) > policy.maxHeadcountChange())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (school, count, policy) -> Math.abs(count - school.candidatesBefore()) - policy.maxHeadcountChange())
                .asConstraint(HEADCOUNT_CHANGE);
    }

    /** No school-stage loses more teachers of a subject than it gains, beyond the slack: no subject goes untaught. */
    Constraint subjectCoverage(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Candidate.class)
                .groupBy(c -> new SubjectSlot(c.effectivePart(), c.subject()), ConstraintCollectors.count())
                .complement(SubjectSlot.class, slot -> 0)
                .join(Policy.class)
                .filter((slot, count, policy) -> lost(slot, count) > policy.subjectSlack())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (slot, count, policy) -> lost(slot, count) - policy.subjectSlack())
                .asConstraint(SUBJECT_COVERAGE);
    }

    private static int lost(SubjectSlot slot, int count) {
        return slot.part().subjectCandidatesBefore(slot.subject()) - count;
    }

    /** No move is longer than the limit, where both schools have coordinates. */
    Constraint distanceLimit(ConstraintFactory factory) {
        return factory.forEach(Candidate.class)
                .filter(c -> c.distanceKm() != null && c.distanceKm() > c.policy().maxDistanceKm())
                .penalizeLong(HardSoftLongScore.ONE_HARD)
                .asConstraint(DISTANCE_LIMIT);
    }

    /** A move the officer forbade is never made. */
    Constraint forbiddenMove(ConstraintFactory factory) {
        return factory.forEach(Candidate.class)
                .filter(c -> c.forbids(c.destination()))
                .penalizeLong(HardSoftLongScore.ONE_HARD)
                .asConstraint(FORBIDDEN_MOVE);
    }

    /**
     * A plan never makes a stage's teacher indicator less balanced: its coefficient over the assessed
     * school-stages is no higher than before (penalised per millionth it rises, at least 1).
     */
    Constraint coefficientNoWorse(ConstraintFactory factory, TeacherIndicator indicator) {
        return eligibleTeachersByPart(factory, indicator)
                .filter((part, count) -> part.assessed())
                .groupBy((part, count) -> part.stage(), ConstraintCollectors.compose(
                        ConstraintCollectors.sumBigDecimal((SchoolPart part, Integer count) -> part.balanceTerm(indicator, count)),
                        ConstraintCollectors.sumLong((SchoolPart part, Integer count) -> part.teachers(indicator, count)),
                        ConstraintCollectors.sumLong((SchoolPart part, Integer count) -> part.students()),
                        StageBalance::new))
                .join(Policy.class)
                .filter((stage, balance, policy) -> balance.lessBalancedThan(policy.balanceBefore(stage, indicator)))
                .penalizeLong(HardSoftLongScore.ONE_HARD, (stage, balance, policy) ->
                        Math.max(1, (long) Math.ceil(balance.riseFrom(policy.balanceBefore(stage, indicator)) * 1e6)))
                .asConstraint(COEFFICIENT_NO_WORSE + "_" + indicator.code());
    }

    /**
     * No school-stage compliant with the school rule before the plan is non-compliant after it: penalised by
     * the teachers it would need to be compliant again.
     */
    Constraint schoolRuleKept(ConstraintFactory factory) {
        return teachersByPart(factory)
                .filter(SchoolPart::losesCompliance)
                .penalizeLong(HardSoftLongScore.ONE_HARD, SchoolPart::teachersShortOfCompliance)
                .asConstraint(SCHOOL_RULE_KEPT);
    }

    /** Assessed school-stages that teachers could make compliant are made so, as many as can be. */
    Constraint compliantSchoolStages(ConstraintFactory factory) {
        return teachersByPart(factory)
                .filter((part, qualified, backbone, peArt) -> part.schoolRuleCost(qualified, backbone, peArt) > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, SchoolPart::schoolRuleCost)
                .asConstraint(COMPLIANT_SCHOOL_STAGES);
    }

    /**
     * Every school-stage towards the indicator's standard, and the stage's coefficient down: each
     * school-stage's cost after the plan (every school-stage counted, those no eligible teacher of
     * the indicator ends up in too).
     */
    Constraint teacherIndicator(ConstraintFactory factory, TeacherIndicator indicator) {
        return eligibleTeachersByPart(factory, indicator)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (part, count) -> part.cost(indicator, count))
                .asConstraint(TEACHER_INDICATORS + "_" + indicator.code());
    }

    /** A teacher seeking a senior title without rural service is given a rural school. */
    Constraint seniorTitleRural(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Candidate.class)
                .filter(c -> c.seekingSeniorWithoutRural() && !(c.moved() && c.destination().school().rural()))
                .penalizeLong(HardSoftLongScore.ONE_SOFT, c -> thousandths(c.policy().weights().seniorTitleRural()))
                .asConstraint(SENIOR_TITLE_RURAL);
    }

    /** Moves between schools already paired in a programme are preferred. */
    Constraint pairedSchools(ConstraintFactory factory) {
        return factory.forEach(Candidate.class)
                .ifExists(SchoolPair.class, Joiners.equal(
                        c -> SchoolPair.of(c.origin().school().code(), c.destination().school().code()), Function.identity()))
                .rewardLong(HardSoftLongScore.ONE_SOFT, c -> thousandths(c.policy().weights().pairedSchools()))
                .asConstraint(PAIRED_SCHOOLS);
    }

    /** Shorter moves are preferred. */
    Constraint distance(ConstraintFactory factory) {
        return factory.forEach(Candidate.class)
                .filter(c -> c.distanceKm() != null)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, c -> thousandths(c.policy().weights().distance() * c.distanceKm()))
                .asConstraint(DISTANCE);
    }

    /** Nobody moves for nothing: each move costs a little. */
    Constraint moves(ConstraintFactory factory) {
        return factory.forEach(Candidate.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, c -> thousandths(c.policy().weights().move()))
                .asConstraint(MOVES);
    }

    private static final Map<TeacherIndicator, Predicate<Candidate>> COUNTS_IN = new EnumMap<>(TeacherIndicator.class);
    private static final Function<Candidate, SchoolPart> WHERE = Candidate::effectivePart;
    private static final Function<SchoolPart, Integer> NONE = part -> 0;

    static {
        for (TeacherIndicator indicator : TeacherIndicator.values()) {
            COUNTS_IN.put(indicator, c -> c.countsIn(indicator));
        }
    }

    /**
     * Each school-stage with the number of eligible teachers of the indicator there after the plan
     * (every school-stage, none there too). Built from the same function objects each time, so the
     * solver shares one count between the rules that use it.
     */
    private static BiConstraintStream<SchoolPart, Integer> eligibleTeachersByPart(ConstraintFactory factory,
                                                                                 TeacherIndicator indicator) {
        return factory.forEachIncludingUnassigned(Candidate.class)
                .filter(COUNTS_IN.get(indicator))
                .groupBy(WHERE, ConstraintCollectors.count())
                .complement(SchoolPart.class, NONE);
    }

    /**
     * Each school-stage with the numbers of eligible teachers there after the plan counted in each of the
     * three indicators (every school-stage, none there too).
     */
    private static QuadConstraintStream<SchoolPart, Integer, Integer, Integer> teachersByPart(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Candidate.class)
                .groupBy(WHERE, ConstraintCollectors.conditionally(COUNTS_IN.get(TeacherIndicator.QUALIFIED), ConstraintCollectors.count()),
                        ConstraintCollectors.conditionally(COUNTS_IN.get(TeacherIndicator.BACKBONE), ConstraintCollectors.count()),
                        ConstraintCollectors.conditionally(COUNTS_IN.get(TeacherIndicator.PE_ART), ConstraintCollectors.count()))
                .complement(SchoolPart.class, NONE, NONE, NONE);
    }

    /** Points as the score counts them: whole thousandths, rounded. */
    static long thousandths(double points) {
        return Math.round(points * 1000);
    }
}
