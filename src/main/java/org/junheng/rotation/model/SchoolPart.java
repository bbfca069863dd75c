package org.junheng.rotation.model;

import java.math.BigDecimal;
import java.util.Map;

import org.junheng.registry.Stage;
import org.junheng.registry.Subject;

/**
 * One stage of a school, where teachers of that stage can go. It knows the statistics of its
 * teacher indicators and which of those teachers are eligible, so it can tell what a different
 * number of eligible teachers here would cost: the shortfall against each standard and the
 * school's share of the stage's squared difference coefficient.
 *
 * <p>Why the coefficient decomposes: moves keep a stage's teachers and students, so its county
 * value x̄ is fixed and CV² + 1 = Σᵢ Tᵢ² / Pᵢ × ΣP / (ΣT)² — a sum over school-stages of the number
 * of teachers Tᵢ and students Pᵢ of each. Minimising each indicator's Σ Tᵢ² / Pᵢ is minimising its
 * enrolment-weighted coefficient exactly.
 */
public final class SchoolPart {

    private final RotationSchool school;
    private final Stage stage;
    private final int students;
    private final Map<TeacherIndicator, Integer> statistics;
    private final Map<TeacherIndicator, Integer> candidatesBefore;
    private final Map<TeacherIndicator, Double> standardTeachers;
    private final Map<TeacherIndicator, Double> coefficientScale;
    private final Map<Subject, Integer> subjectCandidatesBefore;
    private final Weights weights;
    private final boolean assessed;
    /** The school rule's needs, exact; null where the part was made without them (then no rule is kept). */
    private final SchoolRuleNeeds rule;

    /**
     * @param statistics              the stage's teachers counted in each indicator, as its statistics report them
     * @param candidatesBefore        how many of them are eligible (and so may move)
     * @param standardTeachers        the teachers each indicator's standard asks for (standard × students / 100)
     * @param coefficientScale        ΣP / (ΣT)² of the county's stage, per indicator
     * @param subjectCandidatesBefore eligible teachers here, by subject
     */
    public SchoolPart(RotationSchool school, Stage stage, int students, Map<TeacherIndicator, Integer> statistics,
                      Map<TeacherIndicator, Integer> candidatesBefore, Map<TeacherIndicator, Double> standardTeachers,
                      Map<TeacherIndicator, Double> coefficientScale, Map<Subject, Integer> subjectCandidatesBefore,
                      Weights weights) {
        this(school, stage, students, statistics, candidatesBefore, standardTeachers, coefficientScale,
                subjectCandidatesBefore, weights, true);
    }

    /** @param assessed whether the assessment counts this school-stage (a teaching point under 50 students it does not) */
    public SchoolPart(RotationSchool school, Stage stage, int students, Map<TeacherIndicator, Integer> statistics,
                      Map<TeacherIndicator, Integer> candidatesBefore, Map<TeacherIndicator, Double> standardTeachers,
                      Map<TeacherIndicator, Double> coefficientScale, Map<Subject, Integer> subjectCandidatesBefore,
                      Weights weights, boolean assessed) {
        this(school, stage, students, statistics, candidatesBefore, standardTeachers, coefficientScale,
                subjectCandidatesBefore, weights, assessed, null);
    }

    /** @param rule what the school rule asks of the teacher indicators here (null: nothing) */
    public SchoolPart(RotationSchool school, Stage stage, int students, Map<TeacherIndicator, Integer> statistics,
                      Map<TeacherIndicator, Integer> candidatesBefore, Map<TeacherIndicator, Double> standardTeachers,
                      Map<TeacherIndicator, Double> coefficientScale, Map<Subject, Integer> subjectCandidatesBefore,
                      Weights weights, boolean assessed, SchoolRuleNeeds rule) {
        this.rule = rule;
        this.assessed = assessed;
        this.school = school;
        this.stage = stage;
        this.students = students;
        this.statistics = Map.copyOf(statistics);
        this.candidatesBefore = Map.copyOf(candidatesBefore);
        this.standardTeachers = Map.copyOf(standardTeachers);
        this.coefficientScale = Map.copyOf(coefficientScale);
        this.subjectCandidatesBefore = Map.copyOf(subjectCandidatesBefore);
        this.weights = weights;
    }

    public RotationSchool school() {
        return school;
    }

    public Stage stage() {
        return stage;
    }

    public int students() {
        return students;
    }

    public boolean assessed() {
        return assessed;
    }

    public int candidatesBefore(TeacherIndicator indicator) {
        return candidatesBefore.getOrDefault(indicator, 0);
    }

    public int subjectCandidatesBefore(Subject subject) {
        return subjectCandidatesBefore.getOrDefault(subject, 0);
    }

    /** Teachers counted in the indicator when {@code candidates} eligible teachers counted in it are here. */
    public int teachers(TeacherIndicator indicator, int candidates) {
        return Math.max(0, statistics.getOrDefault(indicator, 0) - candidatesBefore(indicator) + candidates);
    }

    /**
     * The most teachers the indicator could count here when no school-stage may lose teachers of a subject net (the
     * subject rule without slack). Teachers only change places, so every school-stage then keeps its eligible teachers
     * subject by subject: an indicator gains only where eligible teachers not counted in it are exchanged for ones of
     * the same subject who are, and PE/arts teachers, counted by their subject, stay as many as they are.
     */
    public int mostTeachersKeepingEverySubject(TeacherIndicator indicator) {
        if (indicator == TeacherIndicator.PE_ART) {
            return teachers(indicator, candidatesBefore(indicator));
        }
        int eligible = subjectCandidatesBefore.values().stream().mapToInt(Integer::intValue).sum();
        return teachers(indicator, eligible);
    }

    /** Whether the indicator is below its standard here with {@code candidates} eligible teachers counted in it. */
    public boolean belowStandard(TeacherIndicator indicator, int candidates) {
        return teachers(indicator, candidates) < requiredTeachers(indicator);
    }

    /** The fewest teachers at which the indicator reaches its standard here. */
    public double requiredTeachers(TeacherIndicator indicator) {
        return rule != null ? rule.standardTeachers()[indicator.ordinal()] : standardTeacher(indicator);
    }

    /** What the school rule asks of the teacher indicators here; null when the part knows nothing of it. */
    public SchoolRuleNeeds rule() {
        return rule;
    }

    /** Whether the school-stage is compliant with these numbers of eligible teachers counted in each indicator. */
    public boolean compliant(int qualified, int backbone, int peArt) {
        return rule != null && assessed && rule.compliant(teachers(TeacherIndicator.QUALIFIED, qualified),
                teachers(TeacherIndicator.BACKBONE, backbone), teachers(TeacherIndicator.PE_ART, peArt));
    }

    /** Whether a school-stage compliant before the plan would not be with these numbers of eligible teachers. */
    public boolean losesCompliance(int qualified, int backbone, int peArt) {
        return rule != null && assessed && rule.compliantBefore() && !compliant(qualified, backbone, peArt);
    }

    /**
     * The teachers a school-stage that was compliant before would need again to be so with these numbers of
     * eligible teachers (0 when it still is or was not compliant before).
     */
    public int teachersShortOfCompliance(int qualified, int backbone, int peArt) {
        return losesCompliance(qualified, backbone, peArt) ? teachersShort(qualified, backbone, peArt) : 0;
    }

    /**
     * The fewest teachers that would make the school-stage compliant with these numbers of eligible teachers counted
     * in each indicator ({@link SchoolRuleNeeds#teachersShort}); the part must know the rule's needs.
     */
    public int teachersShort(int qualified, int backbone, int peArt) {
        return rule.teachersShort(teachers(TeacherIndicator.QUALIFIED, qualified),
                teachers(TeacherIndicator.BACKBONE, backbone), teachers(TeacherIndicator.PE_ART, peArt));
    }

    /**
     * Whether no rotation can make the school-stage compliant while no subject may lose teachers: not even with the
     * most each teacher indicator could count here ({@link #mostTeachersKeepingEverySubject}).
     */
    public boolean beyondRotationKeepingEverySubject() {
        return rule != null && !rule.compliant(mostTeachersKeepingEverySubject(TeacherIndicator.QUALIFIED),
                mostTeachersKeepingEverySubject(TeacherIndicator.BACKBONE),
                mostTeachersKeepingEverySubject(TeacherIndicator.PE_ART));
    }

    /**
     * The soft cost, in thousandths of a point, of the school-stage being left non-compliant though teachers
     * could make it compliant — the weight of a compliant school-stage, and a hundredth of it for each teacher
     * it is short, so that the search sees the way there; 0 when it is compliant or no number of teachers
     * would make it so.
     */
    public long schoolRuleCost(int qualified, int backbone, int peArt) {
        if (rule == null || !assessed || !rule.reachable()) {
            return 0;
        }
        int missing = teachersShort(qualified, backbone, peArt);
        return missing == 0 ? 0 : Math.round(1000 * weights.compliantSchoolStage() * (1 + missing / 100.0));
    }

    /** The indicator's value (teachers per 100 students) with {@code candidates} eligible teachers counted in it. */
    public double per100(TeacherIndicator indicator, int candidates) {
        return 100.0 * teachers(indicator, candidates) / students;
    }

    /** The soft cost, in thousandths of a point, of the indicator with {@code candidates} eligible teachers here. */
    public long cost(TeacherIndicator indicator, int candidates) {
        return Math.round(1000 * points(indicator, candidates));
    }

    /** The same cost in points, unrounded. */
    public double points(TeacherIndicator indicator, int candidates) {
        return points(indicator, candidates, 0);
    }

    /**
     * The same cost with the standard's corner rounded off over about {@code width} teachers (softplus):
     * for a search that should see the worth of a teacher more or fewer as changing gradually near the
     * standard rather than all at once. Equal to {@link #points} as the width goes to 0.
     */
    public double smoothedPoints(TeacherIndicator indicator, int candidates, double width) {
        return points(indicator, candidates, width);
    }

    /** The cost in points with the standard's corner rounded off over {@code width} teachers (0: not at all). */
    double points(TeacherIndicator indicator, int candidates, double width) {
        double teachers = teachers(indicator, candidates);
        double below = standardTeacher(indicator) - teachers;
        double shortfall = width == 0 ? Math.max(0, below)
                : width * (below / width > 30 ? below / width : Math.log1p(Math.exp(below / width)));
        return weights.standards() * shortfall + weights.indicatorAtStandard() * belowStep(indicator, teachers, width)
                + weights.coefficient() * teachers * teachers * coefficientWeight(indicator);
    }

    /**
     * 1 where an assessed indicator is below its standard, else 0; rounded off over {@code width} teachers
     * (logistic) around the half-teacher below the standard.
     */
    private double belowStep(TeacherIndicator indicator, double teachers, double width) {
        if (rule == null || !assessed) {
            return 0;
        }
        double below = rule.standardTeachers()[indicator.ordinal()] - 0.5 - teachers;
        return width == 0 ? (below > 0 ? 1 : 0) : 1 / (1 + Math.exp(-below / width));
    }

    /** The teachers the indicator's standard asks for here. */
    public double standardTeacher(TeacherIndicator indicator) {
        return standardTeachers.getOrDefault(indicator, 0.0);
    }

    /** The factor of Tᵢ² in this school-stage's share of CV² + 1: ΣP / ((ΣT)² Pᵢ). */
    public double coefficientWeight(TeacherIndicator indicator) {
        return coefficientScale.getOrDefault(indicator, 0.0) / students;
    }

    /** This school-stage's Tᵢ²/Pᵢ in its stage's {@link StageBalance}, with {@code candidates} eligible teachers here. */
    public BigDecimal balanceTerm(TeacherIndicator indicator, int candidates) {
        return StageBalance.term(teachers(indicator, candidates), students);
    }

    /** What the plan changes in that cost: negative when it improves the indicator here. */
    public long costChange(TeacherIndicator indicator, int candidates) {
        return cost(indicator, candidates) - cost(indicator, candidatesBefore(indicator));
    }

    @Override
    public String toString() {
        return school.code() + "/" + stage.key();
    }
}
