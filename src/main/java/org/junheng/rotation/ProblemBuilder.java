package org.junheng.rotation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junheng.assessment.AssessmentMethod;
import org.junheng.assessment.RotationEligibility;
import org.junheng.registry.LocationClass;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;
import org.junheng.registry.Subject;
import org.junheng.registry.Teacher;
import org.junheng.rotation.model.Candidate;
import org.junheng.rotation.model.Policy;
import org.junheng.rotation.model.RotationSchool;
import org.junheng.rotation.model.RotationSolution;
import org.junheng.rotation.model.SchoolPair;
import org.junheng.rotation.model.SchoolPart;
import org.junheng.rotation.model.SchoolRuleNeeds;
import org.junheng.rotation.model.StageBalance;
import org.junheng.rotation.model.SubjectSlot;
import org.junheng.rotation.model.TeacherIndicator;

/**
 * Turns a county's statistics, roster and rules into the solver's problem: the school-stages that
 * take part (primary and junior stages with students, special schools aside), the eligible teachers
 * with the destinations open to them, the quotas, and the locks.
 */
final class ProblemBuilder {

    private static final List<Stage> STAGES = List.of(Stage.PRIMARY, Stage.JUNIOR);

    private final RotationProblem problem;
    /** quality-2017 with the standards of the county's profile. */
    private final AssessmentMethod method;
    private final RotationRules rules;
    private final Map<String, SchoolPart> parts = new LinkedHashMap<>();
    private final Map<String, Teacher> teachers = new HashMap<>();

    ProblemBuilder(RotationProblem problem, RotationRules rules) {
        this.method = problem.profile().apply(AssessmentMethod.QUALITY_2017);
        this.problem = problem;
        this.rules = rules;
    }

    static String key(String schoolCode, Stage stage) {
        return schoolCode + "/" + stage.key();
    }

    Map<String, Teacher> teachers() {
        return teachers;
    }

    RotationSolution build() {
        RotationEligibility eligibility = rules.eligibility();
        Map<String, SchoolYear> schools = problem.schoolYears().stream()
                .filter(s -> s.school().type() != SchoolType.SPECIAL)
                .collect(Collectors.toMap(s -> s.school().code(), s -> s, (a, b) -> a, LinkedHashMap::new));
        List<Teacher> eligible = problem.teachers().stream()
                .filter(t -> STAGES.contains(t.stage()) && schools.containsKey(t.schoolCode())
                        && stageOf(schools.get(t.schoolCode()), t.stage()).students() > 0 && eligibility.eligible(t, problem.year()))
                .toList();
        eligible.forEach(t -> teachers.put(t.teacherId(), t));
        Map<String, List<Teacher>> bySchool = eligible.stream().collect(Collectors.groupingBy(Teacher::schoolCode));
        Map<String, List<Teacher>> byPart = eligible.stream().collect(Collectors.groupingBy(t -> key(t.schoolCode(), t.stage())));

        int localEligible = (int) eligible.stream().filter(ProblemBuilder::local).count();
        int requiredRotated = RotationRules.atLeast(rules.rotationShare(), eligible.size());

        Map<String, RotationSchool> rotationSchools = new LinkedHashMap<>();
        schools.values().forEach(s -> rotationSchools.put(s.school().code(), new RotationSchool(s.school().code(),
                s.school().name(), s.school().location() == LocationClass.RURAL, s.school().longitude(), s.school().latitude(),
                bySchool.getOrDefault(s.school().code(), List.of()).size())));
        Map<Stage, Map<TeacherIndicator, Double>> scales = coefficientScales(schools.values());
        SchoolRuleStandings standings = new SchoolRuleStandings(problem);
        for (SchoolYear s : schools.values()) {
            for (Stage stage : STAGES) {
                StageStatistics statistics = stageOf(s, stage);
                if (!s.school().type().teaches(stage) || statistics.students() <= 0) {
                    continue;
                }
                List<Teacher> here = byPart.getOrDefault(key(s.school().code(), stage), List.of());
                parts.put(key(s.school().code(), stage), part(rotationSchools.get(s.school().code()), stage, statistics, here,
                        scales.get(stage), assessed(s, statistics),
                        standings.needs(s.school().code(), stage, statistics.students())));
            }
        }

        Map<String, StageBalance> balancesBefore = new HashMap<>();
        for (Stage stage : STAGES) {
            List<SchoolPart> assessed = parts.values().stream().filter(p -> p.stage() == stage && p.assessed()).toList();
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                balancesBefore.put(Policy.balanceKey(stage, indicator),
                        StageBalance.of(assessed, indicator, p -> p.candidatesBefore(indicator)));
            }
        }
        Policy policy = new Policy(requiredRotated, rules.backboneShare().movePointRight(3).intValue(),
                RotationRules.atLeast(rules.localRuleShare(), localEligible), rules.maxHeadcountChange(), rules.subjectSlack(),
                rules.maxDistanceKm(), rules.weights(), balancesBefore);

        List<SubjectSlot> slots = new ArrayList<>();
        parts.values().forEach(part -> eligible.stream()
                .filter(t -> key(t.schoolCode(), t.stage()).equals(key(part.school().code(), part.stage())))
                .map(Teacher::subject).distinct().forEach(subject -> slots.add(new SubjectSlot(part, subject))));

        List<Candidate> candidates = new ArrayList<>();
        for (Teacher t : eligible) {
            SchoolPart origin = parts.get(key(t.schoolCode(), t.stage()));
            Set<String> forbidden = rules.forbidden().getOrDefault(t.teacherId(), Set.of());
            List<SchoolPart> destinations = parts.values().stream()
                    .filter(p -> p.stage() == t.stage() && p.school() != origin.school() && !forbidden.contains(p.school().code()))
                    .filter(p -> {
                        Double km = origin.school().distanceKm(p.school());
                        return km == null || km <= rules.maxDistanceKm();
                    })
                    .toList();
            candidates.add(new Candidate(t.teacherId(), origin, t.subject(), t.education().isAboveRequiredFor(t.stage()),
                    RotationEligibility.backbone(t), t.subject().isPeOrArts(), local(t),
                    t.seekingSeniorTitle() && t.ruralYears() < 1, destinations, forbidden, policy));
        }
        lock(candidates);
        List<SchoolPair> pairs = List.copyOf(problem.pairs());
        return new RotationSolution(policy, List.copyOf(rotationSchools.values()), List.copyOf(parts.values()), slots, pairs,
                candidates);
    }

    private static boolean local(Teacher t) {
        return t.specialGrade() || t.subjectLeader();
    }

    private static StageStatistics stageOf(SchoolYear school, Stage stage) {
        return stage == Stage.PRIMARY ? school.statistics().primary() : school.statistics().junior();
    }

    /** As the assessment: a teaching point under 50 students is not assessed. */
    private static boolean assessed(SchoolYear school, StageStatistics statistics) {
        return !org.junheng.assessment.SchoolScope.smallTeachingPoint(school.school().type(), statistics.students());
    }

    private SchoolPart part(RotationSchool school, Stage stage, StageStatistics statistics, List<Teacher> here,
                            Map<TeacherIndicator, Double> scale, boolean assessed, SchoolRuleNeeds rule) {
        Map<TeacherIndicator, Integer> counts = new EnumMap<>(TeacherIndicator.class);
        counts.put(TeacherIndicator.QUALIFIED, statistics.qualifiedTeachers());
        counts.put(TeacherIndicator.BACKBONE, statistics.backboneTeachers());
        counts.put(TeacherIndicator.PE_ART, statistics.peArtTeachers());
        Map<TeacherIndicator, Integer> candidates = new EnumMap<>(TeacherIndicator.class);
        candidates.put(TeacherIndicator.QUALIFIED, (int) here.stream().filter(t -> t.education().isAboveRequiredFor(stage)).count());
        candidates.put(TeacherIndicator.BACKBONE, (int) here.stream().filter(RotationEligibility::backbone).count());
        candidates.put(TeacherIndicator.PE_ART, (int) here.stream().filter(t -> t.subject().isPeOrArts()).count());
        for (TeacherIndicator indicator : TeacherIndicator.values()) {
            if (candidates.get(indicator) > counts.get(indicator)) {
                throw new RotationRejected("the roster of " + school.code() + " (" + stage.key() + ") has "
                        + candidates.get(indicator) + " eligible teachers counted in " + indicator.code()
                        + " but its statistics report " + counts.get(indicator)
                        + " such teachers: bring the roster and the statistics into agreement / 教师名册与统计数据不一致");
            }
        }
        Map<TeacherIndicator, Double> standard = new EnumMap<>(TeacherIndicator.class);
        for (TeacherIndicator indicator : TeacherIndicator.values()) {
            standard.put(indicator, standardOf(method, indicator, stage).doubleValue() * statistics.students() / 100);
        }
        Map<Subject, Integer> subjects = new EnumMap<>(Subject.class);
        here.forEach(t -> subjects.merge(t.subject(), 1, Integer::sum));
        return new SchoolPart(school, stage, statistics.students(), counts, candidates, standard,
                assessed ? scale : Map.of(), subjects, rules.weights(), assessed, rule);
    }

    private static BigDecimal standardOf(AssessmentMethod method, TeacherIndicator indicator, Stage stage) {
        return method.indicator(indicator.code()).flatMap(i -> i.standard(stage)).orElse(BigDecimal.ZERO);
    }

    /** ΣP / (ΣT)² of each stage and indicator, so that Σ T²/P × scale = CV² + 1. */
    private static Map<Stage, Map<TeacherIndicator, Double>> coefficientScales(Iterable<SchoolYear> schools) {
        Map<Stage, Map<TeacherIndicator, Double>> scales = new EnumMap<>(Stage.class);
        for (Stage stage : STAGES) {
            long students = 0;
            long[] teachers = new long[TeacherIndicator.values().length];
            for (SchoolYear s : schools) {
                StageStatistics st = stageOf(s, stage);
                if (st.students() <= 0 || !s.school().type().teaches(stage) || !assessed(s, st)) {
                    continue;
                }
                students += st.students();
                teachers[TeacherIndicator.QUALIFIED.ordinal()] += st.qualifiedTeachers();
                teachers[TeacherIndicator.BACKBONE.ordinal()] += st.backboneTeachers();
                teachers[TeacherIndicator.PE_ART.ordinal()] += st.peArtTeachers();
            }
            Map<TeacherIndicator, Double> scale = new EnumMap<>(TeacherIndicator.class);
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                long total = teachers[indicator.ordinal()];
                scale.put(indicator, total == 0 ? 0.0 : (double) students / ((double) total * total));
            }
            scales.put(stage, scale);
        }
        return scales;
    }

    /** Sets the destinations of an earlier plan as the starting point, where they are still open to the teacher. */
    void startFrom(RotationSolution solution, Map<String, String> moves) {
        for (Candidate candidate : solution.candidates()) {
            String school = moves.get(candidate.teacherId());
            if (candidate.locked() || school == null) {
                continue;
            }
            SchoolPart to = parts.get(key(school, candidate.origin().stage()));
            if (to != null && candidate.getDestinations().contains(to)) {
                candidate.setDestination(to);
            }
        }
    }

    private void lock(List<Candidate> candidates) {
        Map<String, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::teacherId, c -> c));
        rules.locked().forEach((teacherId, schoolCode) -> {
            Candidate candidate = byId.get(teacherId);
            if (candidate == null) {
                throw new RotationRejected("lock." + teacherId + ": no eligible teacher " + teacherId + " in county "
                        + problem.countyCode() + " / 该教师不在本县应交流名单中");
            }
            SchoolPart to = parts.get(key(schoolCode, candidate.origin().stage()));
            if (to == null || to.school() == candidate.origin().school()) {
                throw new RotationRejected("lock." + teacherId + ": " + schoolCode + " is not another school of the county with a "
                        + candidate.origin().stage().key() + " stage / 目标学校无该学段");
            }
            candidate.lockTo(to);
        });
    }
}
