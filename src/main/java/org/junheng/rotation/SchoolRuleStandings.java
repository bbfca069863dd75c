package org.junheng.rotation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junheng.assessment.AssessmentEngine;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.Indicator;
import org.junheng.assessment.Profile;
import org.junheng.assessment.SchoolRule;
import org.junheng.assessment.SchoolStageAssessment;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;
import org.junheng.rotation.model.SchoolRuleNeeds;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * Where each school-stage of a county stands on the school rule before a plan, by the county's profile,
 * as the planner needs it: the assessment says whether it is compliant and which of the four indicators
 * a rotation does not change reach their standard; an assessment of the same schools with every teacher
 * indicator far above its standard says whether those four allow compliance at all (each at its floor,
 * not too many below the standard). The teachers each teacher indicator needs are worked out exactly.
 */
final class SchoolRuleStandings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AssessmentMethod method;
    private final Map<String, SchoolStageAssessment> before = new HashMap<>();
    private final Map<String, SchoolStageAssessment> withTeachersAplenty = new HashMap<>();

    SchoolRuleStandings(RotationProblem problem) {
        Profile profile = problem.profile();
        this.method = profile.apply(AssessmentMethod.QUALITY_2017);
        AssessmentEngine engine = new AssessmentEngine(AssessmentMethod.QUALITY_2017, profile.stageWeights(), profile);
        Map<String, String> names = Map.of(problem.countyCode(), problem.countyName());
        engine.assess(problem.year(), problem.schoolYears(), names, Map.of()).schools()
                .forEach(s -> before.put(ProblemBuilder.key(s.schoolCode(), s.stage()), s));
        engine.assess(problem.year(), problem.schoolYears().stream().map(SchoolRuleStandings::teachersAplenty).toList(),
                names, Map.of()).schools()
                .forEach(s -> withTeachersAplenty.put(ProblemBuilder.key(s.schoolCode(), s.stage()), s));
    }

    /** The school rule's needs of the school-stage with this many students; not assessed ones have none. */
    SchoolRuleNeeds needs(String schoolCode, Stage stage, int students) {
        String key = ProblemBuilder.key(schoolCode, stage);
        SchoolStageAssessment now = before.get(key);
        SchoolStageAssessment aplenty = withTeachersAplenty.get(key);
        SchoolRule rule = method.schoolRule();
        int[] standard = new int[TeacherIndicator.values().length];
        int[] floor = new int[standard.length];
        for (TeacherIndicator indicator : TeacherIndicator.values()) {
            BigDecimal required = standardOf(indicator, stage).orElse(BigDecimal.ZERO);
            standard[indicator.ordinal()] = teachersFor(required, students);
            floor[indicator.ordinal()] = teachersFor(required.multiply(rule.floorShare()), students);
        }
        if (now == null || now.compliant() == null || aplenty == null) {
            return new SchoolRuleNeeds(standard, floor, 0, false, false);
        }
        int withStandard = 0;
        int othersBelow = 0;
        List<String> teacherCodes = java.util.Arrays.stream(TeacherIndicator.values()).map(TeacherIndicator::code).toList();
        for (Indicator indicator : method.indicators()) {
            if (indicator.standard(stage).isEmpty()) {
                continue;
            }
            withStandard++;
            if (!teacherCodes.contains(indicator.code()) && Boolean.FALSE.equals(now.passes().get(indicator.code()))) {
                othersBelow++;
            }
        }
        int belowAllowed = withStandard - rule.minimumMet() - othersBelow;
        return new SchoolRuleNeeds(standard, floor, belowAllowed, Boolean.TRUE.equals(aplenty.compliant()),
                now.compliant());
    }

    private Optional<BigDecimal> standardOf(TeacherIndicator indicator, Stage stage) {
        return method.indicator(indicator.code()).flatMap(i -> i.standard(stage));
    }

    /** The fewest teachers whose number per 100 students reaches {@code per100}: ⌈per100 × students / 100⌉. */
    static int teachersFor(BigDecimal per100, int students) {
        return per100.multiply(BigDecimal.valueOf(students)).divide(HUNDRED, 0, RoundingMode.CEILING).intValueExact();
    }

    /** The school with ten teachers per pupil counted in every teacher indicator. */
    private static SchoolYear teachersAplenty(SchoolYear school) {
        SchoolStatistics st = school.statistics();
        return new SchoolYear(school.school(), new SchoolStatistics(st.year(), st.schoolCode(), aplenty(st.primary()),
                aplenty(st.junior()), st.studentsSenior(), st.facilities(), st.basic()));
    }

    private static StageStatistics aplenty(StageStatistics stage) {
        int many = stage.students() * 10;
        return new StageStatistics(stage.students(), stage.classes(), stage.oversizeClasses(), Math.max(stage.teachers(), many),
                many, many, many);
    }
}
