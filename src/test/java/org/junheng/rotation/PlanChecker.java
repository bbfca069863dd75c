package org.junheng.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junheng.assessment.AssessmentEngine;
import org.junheng.assessment.AssessmentMethod;
import org.junheng.registry.BackboneLevel;
import org.junheng.registry.Gender;
import org.junheng.registry.Labelled;
import org.junheng.registry.SchoolStatistics;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
import org.junheng.registry.StageStatistics;
import org.junheng.registry.Teacher;

/**
 * Checks every hard rule of a plan from the raw statistics, roster and rules, without the solver's
 * model or score: what it finds broken is listed.
 */
final class PlanChecker {

    private PlanChecker() {
    }

    static List<String> broken(RotationProblem problem, RotationRules rules, RotationPlan plan) {
        List<String> broken = new ArrayList<>();
        Map<String, SchoolYear> schools = problem.schoolYears().stream()
                .collect(Collectors.toMap(s -> s.school().code(), s -> s));
        Map<String, Teacher> teachers = problem.teachers().stream().collect(Collectors.toMap(Teacher::teacherId, t -> t));
        List<Teacher> eligible = problem.teachers().stream().filter(t -> eligible(t, problem.year(), schools)).toList();
        Set<String> eligibleIds = eligible.stream().map(Teacher::teacherId).collect(Collectors.toSet());

        long rotated = plan.moves().size();
        if (rotated * 10 < eligible.size()) {
            broken.add("fewer than 10% of " + eligible.size() + " eligible rotate: " + rotated);
        }
        long backbone = plan.moves().stream().map(m -> teachers.get(m.teacherId()))
                .filter(t -> t.backboneLevel().ordinal() >= BackboneLevel.COUNTY.ordinal()).count();
        if (backbone * 5 < rotated) {
            broken.add("backbone teachers " + backbone + " are under 20% of " + rotated);
        }
        long localEligible = eligible.stream().filter(t -> t.specialGrade() || t.subjectLeader()).count();
        long localRotated = plan.moves().stream().map(m -> teachers.get(m.teacherId()))
                .filter(t -> t.specialGrade() || t.subjectLeader()).count();
        if (localRotated * 5 < localEligible) {
            broken.add("special-grade teachers and subject leaders: " + localRotated + " of " + localEligible);
        }
        Map<String, Integer> net = new HashMap<>();
        Map<String, Integer> subjectNet = new HashMap<>();
        for (PlannedMove move : plan.moves()) {
            Teacher t = teachers.get(move.teacherId());
            if (t == null || !eligibleIds.contains(t.teacherId())) {
                broken.add(move.teacherId() + " is not eligible");
                continue;
            }
            if (!t.schoolCode().equals(move.fromSchool())) {
                broken.add(move.teacherId() + " does not teach at " + move.fromSchool());
            }
            SchoolYear to = schools.get(move.toSchool());
            if (to == null || !to.school().countyCode().equals(problem.countyCode())) {
                broken.add(move.teacherId() + " leaves the county for " + move.toSchool());
                continue;
            }
            if (move.toSchool().equals(move.fromSchool())) {
                broken.add(move.teacherId() + " stays at its school");
            }
            if (!to.school().type().teaches(t.stage()) || students(to, t.stage()) == 0) {
                broken.add(move.teacherId() + " goes to a school without its stage " + t.stage().key());
            }
            SchoolYear from = schools.get(move.fromSchool());
            Double km = distance(from, to);
            if (km != null && km > rules.maxDistanceKm()) {
                broken.add(move.teacherId() + " moves " + Math.round(km) + " km");
            }
            if (rules.forbidden().getOrDefault(t.teacherId(), Set.of()).contains(move.toSchool())) {
                broken.add(move.teacherId() + " makes a forbidden move to " + move.toSchool());
            }
            net.merge(move.fromSchool(), -1, Integer::sum);
            net.merge(move.toSchool(), 1, Integer::sum);
            subjectNet.merge(move.fromSchool() + "/" + t.stage().key() + "/" + t.subject().key(), -1, Integer::sum);
            subjectNet.merge(move.toSchool() + "/" + t.stage().key() + "/" + t.subject().key(), 1, Integer::sum);
        }
        net.forEach((school, change) -> {
            if (Math.abs(change) > rules.maxHeadcountChange()) {
                broken.add(school + " changes by " + change + " teachers");
            }
        });
        subjectNet.forEach((slot, change) -> {
            if (-change > rules.subjectSlack()) {
                broken.add(slot + " loses " + -change + " teachers of the subject");
            }
        });
        broken.addAll(lostCompliance(problem, plan));
        rules.locked().forEach((teacherId, school) -> {
            if (plan.moves().stream().noneMatch(m -> m.teacherId().equals(teacherId) && m.toSchool().equals(school))) {
                broken.add("locked move of " + teacherId + " to " + school + " is not kept");
            }
        });
        return broken;
    }

    /**
     * The school-stages compliant with the school rule before the plan and not after it: the official
     * assessment (by the county's profile) of the statistics as they are and with each move's teacher
     * taken from one school-stage's counts and added to the other's.
     */
    static List<String> lostCompliance(RotationProblem problem, RotationPlan plan) {
        List<SchoolYear> after = statisticsAfter(problem, plan);
        AssessmentEngine engine = engine(problem);
        Map<String, Boolean> compliantAfter = new HashMap<>();
        engine.assess(problem.year(), after, Map.of(), Map.of()).schools()
                .forEach(s -> compliantAfter.put(s.schoolCode() + "/" + s.stage().key(), s.compliant()));
        List<String> lost = new ArrayList<>();
        engine.assess(problem.year(), problem.schoolYears(), Map.of(), Map.of()).schools().stream()
                .filter(s -> Boolean.TRUE.equals(s.compliant()))
                .filter(s -> !Boolean.TRUE.equals(compliantAfter.get(s.schoolCode() + "/" + s.stage().key())))
                .forEach(s -> lost.add(s.schoolCode() + "/" + s.stage().key() + " is no longer compliant"));
        return lost;
    }

    /** What the plan reports of the school-stages not compliant after it, checked; see {@link #teachersShortChecked}. */
    record NotCompliantChecked(List<String> wrong, int teachersShortChecked) {
    }

    /**
     * The plan's list of school-stages not compliant after it against the official assessment of the statistics with
     * its moves, and each one's fewest teachers short by trying every way of adding that many teachers and one fewer
     * (each counted in one of the three teacher indicators) to that school-stage alone; where the plan says no number
     * would do, 500 of each kind must not. Numbers above {@code mostTried} are not tried (too many ways).
     */
    static NotCompliantChecked notCompliant(RotationProblem problem, RotationRules rules, RotationPlan plan, int mostTried) {
        List<SchoolYear> after = statisticsAfter(problem, plan);
        Map<String, SchoolYear> beforeBySchool = problem.schoolYears().stream()
                .collect(Collectors.toMap(s -> s.school().code(), s -> s));
        AssessmentEngine engine = engine(problem);
        Map<String, SchoolYear> bySchool = after.stream().collect(Collectors.toMap(s -> s.school().code(), s -> s));
        Set<String> notCompliantAfter = engine.assess(problem.year(), after, Map.of(), Map.of()).schools().stream()
                .filter(s -> Boolean.FALSE.equals(s.compliant())).map(s -> s.schoolCode() + "/" + s.stage().key())
                .collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        int checked = 0;
        for (PlanEffect.StageEffect stage : plan.effect().stages()) {
            Stage which = Labelled.parse(Stage.class, stage.stage()).orElseThrow();
            for (PlanEffect.NotCompliant school : stage.notCompliant()) {
                String key = school.schoolCode() + "/" + stage.stage();
                reported.add(key);
                SchoolYear row = bySchool.get(school.schoolCode());
                Integer fewest = school.teachersShort();
                if (rules.subjectSlack() == 0 && fewest != null) {
                    boolean beyond = !compliantAtMostKeepingEverySubject(engine, problem, beforeBySchool,
                            beforeBySchool.get(school.schoolCode()), which);
                    if (beyond != PlanEffect.NotCompliant.SUBJECT_RULE.equals(school.heldBackBy())) {
                        wrong.add(key + ": said " + school.heldBackBy() + ", with every eligible teacher exchanged for one"
                                + " counted in the qualified and backbone indicators it is " + (beyond ? "not " : "") + "compliant");
                    }
                }
                if (fewest == null) {
                    if (compliantWithAny(engine, problem.year(), row, which, 1500, 500)) {
                        wrong.add(key + ": said no number of teachers would make it compliant, 500 of each kind do");
                    }
                } else if (fewest <= mostTried) {
                    checked++;
                    if (fewest > 0 && compliantWithAny(engine, problem.year(), row, which, fewest - 1, fewest - 1)) {
                        wrong.add(key + ": " + (fewest - 1) + " teachers make it compliant, the plan says " + fewest);
                    }
                    if (!compliantWithAny(engine, problem.year(), row, which, fewest, fewest)) {
                        wrong.add(key + ": no " + fewest + " teachers make it compliant, as the plan says they would");
                    }
                }
            }
        }
        notCompliantAfter.stream().filter(k -> !reported.contains(k)).forEach(k -> wrong.add(k + " is not compliant and not listed"));
        reported.stream().filter(k -> !notCompliantAfter.contains(k)).forEach(k -> wrong.add(k + " is listed and compliant"));
        return new NotCompliantChecked(wrong, checked);
    }

    /**
     * Whether the school-stage, as it was before the plan, would be compliant with every eligible teacher there not
     * counted as qualified or backbone counted so (exchanged within their subject), its PE/arts teachers as they are:
     * the most a rotation can do when no subject may lose teachers, counted from the roster.
     */
    private static boolean compliantAtMostKeepingEverySubject(AssessmentEngine engine, RotationProblem problem,
                                                              Map<String, SchoolYear> schools, SchoolYear row, Stage stage) {
        int notQualified = 0;
        int notBackbone = 0;
        for (Teacher t : problem.teachers()) {
            if (t.schoolCode().equals(row.school().code()) && t.stage() == stage && eligible(t, problem.year(), schools)) {
                notQualified += t.education().isAboveRequiredFor(t.stage()) ? 0 : 1;
                notBackbone += t.backboneLevel().ordinal() >= BackboneLevel.COUNTY.ordinal() ? 0 : 1;
            }
        }
        SchoolYear most = changed(row, stage, new int[] {0, notQualified, notBackbone, 0});
        return engine.assess(problem.year(), List.of(most), Map.of(), Map.of()).schools().stream()
                .anyMatch(s -> s.stage() == stage && Boolean.TRUE.equals(s.compliant()));
    }

    /**
     * Whether {@code total} teachers (at most {@code mostOfAKind} of a kind), each counted in one teacher indicator,
     * added to one stage of the school make it compliant by the official assessment of that school alone.
     */
    private static boolean compliantWithAny(AssessmentEngine engine, int year, SchoolYear row, Stage stage, int total,
                                            int mostOfAKind) {
        for (int qualified = 0; qualified <= Math.min(total, mostOfAKind); qualified++) {
            for (int backbone = 0; backbone <= Math.min(total - qualified, mostOfAKind); backbone++) {
                int peArt = total - qualified - backbone;
                if (peArt > mostOfAKind) {
                    continue;
                }
                SchoolYear more = changed(row, stage, new int[] {total, qualified, backbone, peArt});
                boolean compliant = engine.assess(year, List.of(more), Map.of(), Map.of()).schools().stream()
                        .anyMatch(s -> s.stage() == stage && Boolean.TRUE.equals(s.compliant()));
                if (compliant) {
                    return true;
                }
            }
        }
        return false;
    }

    private static AssessmentEngine engine(RotationProblem problem) {
        return new AssessmentEngine(AssessmentMethod.QUALITY_2017, problem.profile().stageWeights(), problem.profile());
    }

    /** The statistics with each move's teacher taken from one school-stage's counts and added to the other's. */
    private static List<SchoolYear> statisticsAfter(RotationProblem problem, RotationPlan plan) {
        Map<String, Teacher> teachers = problem.teachers().stream().collect(Collectors.toMap(Teacher::teacherId, t -> t));
        Map<String, int[]> change = new HashMap<>();
        for (PlannedMove move : plan.moves()) {
            Teacher t = teachers.get(move.teacherId());
            int[] counts = {1, t.education().isAboveRequiredFor(t.stage()) ? 1 : 0,
                    t.backboneLevel().ordinal() >= BackboneLevel.COUNTY.ordinal() ? 1 : 0, t.subject().isPeOrArts() ? 1 : 0};
            for (int i = 0; i < counts.length; i++) {
                change.computeIfAbsent(move.fromSchool() + "/" + t.stage().key(), k -> new int[4])[i] -= counts[i];
                change.computeIfAbsent(move.toSchool() + "/" + t.stage().key(), k -> new int[4])[i] += counts[i];
            }
        }
        return problem.schoolYears().stream().map(s -> changed(changed(s, Stage.PRIMARY,
                change.get(s.school().code() + "/primary")), Stage.JUNIOR, change.get(s.school().code() + "/junior"))).toList();
    }

    /** The school's statistics with one stage's counts changed (teachers, qualified, backbone, PE/arts; null: none). */
    private static SchoolYear changed(SchoolYear row, Stage stage, int[] change) {
        if (change == null) {
            return row;
        }
        SchoolStatistics st = row.statistics();
        return new SchoolYear(row.school(), new SchoolStatistics(st.year(), st.schoolCode(),
                stage == Stage.PRIMARY ? moved(st.primary(), change) : st.primary(),
                stage == Stage.JUNIOR ? moved(st.junior(), change) : st.junior(), st.studentsSenior(), st.facilities(),
                st.basic()));
    }

    private static StageStatistics moved(StageStatistics stage, int[] change) {
        if (change == null) {
            return stage;
        }
        return new StageStatistics(stage.students(), stage.classes(), stage.oversizeClasses(), stage.teachers() + change[0],
                stage.qualifiedTeachers() + change[1], stage.backboneTeachers() + change[2], stage.peArtTeachers() + change[3]);
    }

    /** Six years at the school, not exempt, more than three years before retiring (60 men, 55 women), a primary or junior stage with students. */
    static boolean eligible(Teacher t, int year, Map<String, SchoolYear> schools) {
        SchoolYear school = schools.get(t.schoolCode());
        int age = year - t.birthYear();
        int retires = t.gender() == Gender.FEMALE ? 55 : 60;
        return school != null && school.school().type() != SchoolType.SPECIAL && t.stage() != Stage.SENIOR
                && students(school, t.stage()) > 0 && !t.exempt() && t.yearsAtSchool() >= 6 && age < retires - 3;
    }

    private static int students(SchoolYear school, Stage stage) {
        return stage == Stage.PRIMARY ? school.statistics().primary().students() : school.statistics().junior().students();
    }

    private static Double distance(SchoolYear a, SchoolYear b) {
        if (a.school().longitude() == null || b.school().longitude() == null) {
            return null;
        }
        double lat1 = Math.toRadians(a.school().latitude());
        double lat2 = Math.toRadians(b.school().latitude());
        double dLon = Math.toRadians(b.school().longitude() - a.school().longitude());
        double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }
}
