package org.junheng.rotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junheng.registry.BackboneLevel;
import org.junheng.registry.Gender;
import org.junheng.registry.SchoolType;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Stage;
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
        rules.locked().forEach((teacherId, school) -> {
            if (plan.moves().stream().noneMatch(m -> m.teacherId().equals(teacherId) && m.toSchool().equals(school))) {
                broken.add("locked move of " + teacherId + " to " + school + " is not kept");
            }
        });
        return broken;
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
