package org.junheng.rotation.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junheng.registry.Stage;
import org.junheng.registry.Subject;

/**
 * A county of a few primary schools for the planner's tests: schools at given longitudes on one
 * parallel (0.1° is about 9.6 km), teachers (of maths unless said) with no coefficients to weigh and,
 * unless given, no standards (so only the moves cost), and a plan to start from.
 */
public final class SmallCounty {

    /** What a teacher brings: backbone, and whether they seek a senior title without rural service. */
    record TeacherSpec(String id, String school, Subject subject, boolean qualified, boolean backbone,
                       boolean seekingSeniorWithoutRural) {
    }

    private final Map<String, RotationSchool> schools = new LinkedHashMap<>();
    private final Map<String, Boolean> rural = new LinkedHashMap<>();
    private final Map<String, Double> longitude = new LinkedHashMap<>();
    private final List<TeacherSpec> teachers = new ArrayList<>();
    private final Map<String, String> plan = new LinkedHashMap<>();
    private final Map<String, Double> qualifiedStandard = new LinkedHashMap<>();
    private final Map<String, Integer> otherQualified = new LinkedHashMap<>();
    private int requiredRotated;
    private boolean assessedStandards;
    private Weights weights = Weights.DEFAULT;

    /** The objectives' weights (the defaults unless given). */
    public SmallCounty weights(Weights given) {
        weights = given;
        return this;
    }

    public SmallCounty school(String code, double lon, boolean isRural) {
        longitude.put(code, lon);
        rural.put(code, isRural);
        return this;
    }

    public SmallCounty teacher(String id, String school) {
        return teacher(id, school, false, false);
    }

    public SmallCounty teacher(String id, String school, boolean backbone, boolean seekingSeniorWithoutRural) {
        teachers.add(new TeacherSpec(id, school, Subject.MATH, false, backbone, seekingSeniorWithoutRural));
        return this;
    }

    public SmallCounty teacher(String id, String school, Subject subject) {
        return teacher(id, school, subject, false);
    }

    /** A teacher who counts in the qualified-teachers indicator when {@code qualified}. */
    public SmallCounty teacher(String id, String school, Subject subject, boolean qualified) {
        return teacher(id, school, subject, qualified, false);
    }

    public SmallCounty teacher(String id, String school, Subject subject, boolean qualified, boolean seekingSeniorWithoutRural) {
        teachers.add(new TeacherSpec(id, school, subject, qualified, false, seekingSeniorWithoutRural));
        return this;
    }

    /**
     * The qualified teachers the school's standard asks for, and how many qualified teachers it has
     * who are not eligible to rotate.
     */
    public SmallCounty qualifiedStandard(String school, double teachers, int notEligible) {
        qualifiedStandard.put(school, teachers);
        otherQualified.put(school, notEligible);
        return this;
    }

    /**
     * The schools' qualified-teacher standards counted as the assessment counts them: an indicator below its
     * standard costs the step of {@link Weights#indicatorAtStandard()} as well as its teachers short (the
     * school rule itself asks nothing more: any number of indicators may stay below).
     */
    public SmallCounty assessedStandards() {
        assessedStandards = true;
        return this;
    }

    public SmallCounty moving(String id, String toSchool) {
        plan.put(id, toSchool);
        return this;
    }

    public SmallCounty requiredRotated(int required) {
        this.requiredRotated = required;
        return this;
    }

    public RotationSolution build() {
        Map<String, SchoolPart> parts = new LinkedHashMap<>();
        for (String code : longitude.keySet()) {
            int here = (int) teachers.stream().filter(t -> t.school().equals(code)).count();
            RotationSchool school = new RotationSchool(code, code, rural.get(code), longitude.get(code), 30.0, here);
            schools.put(code, school);
            Map<TeacherIndicator, Integer> zero = new EnumMap<>(TeacherIndicator.class);
            Map<TeacherIndicator, Double> none = new EnumMap<>(TeacherIndicator.class);
            for (TeacherIndicator indicator : TeacherIndicator.values()) {
                zero.put(indicator, 0);
                none.put(indicator, 0.0);
            }
            int qualified = (int) teachers.stream().filter(t -> t.school().equals(code) && t.qualified()).count();
            Map<TeacherIndicator, Integer> statistics = new EnumMap<>(zero);
            statistics.put(TeacherIndicator.QUALIFIED, qualified + otherQualified.getOrDefault(code, 0));
            Map<TeacherIndicator, Integer> eligible = new EnumMap<>(zero);
            eligible.put(TeacherIndicator.QUALIFIED, qualified);
            Map<TeacherIndicator, Double> standards = new EnumMap<>(none);
            standards.put(TeacherIndicator.QUALIFIED, qualifiedStandard.getOrDefault(code, 0.0));
            Map<Subject, Integer> bySubject = new EnumMap<>(Subject.class);
            teachers.stream().filter(t -> t.school().equals(code)).forEach(t -> bySubject.merge(t.subject(), 1, Integer::sum));
            SchoolRuleNeeds rule = assessedStandards ? new SchoolRuleNeeds(
                    new int[] {(int) Math.ceil(qualifiedStandard.getOrDefault(code, 0.0)), 0, 0}, new int[3], 3, true, false)
                    : null;
            parts.put(code, new SchoolPart(school, Stage.PRIMARY, 500, statistics, eligible, standards, none, bySubject,
                    weights, true, rule));
        }
        Map<String, StageBalance> balances = new LinkedHashMap<>();
        for (TeacherIndicator indicator : TeacherIndicator.values()) {
            balances.put(Policy.balanceKey(Stage.PRIMARY, indicator),
                    StageBalance.of(parts.values(), indicator, p -> p.candidatesBefore(indicator)));
        }
        Policy policy = new Policy(requiredRotated, 0, 0, 1, 0, 50, weights, balances);
        List<Candidate> candidates = new ArrayList<>();
        for (TeacherSpec t : teachers) {
            SchoolPart origin = parts.get(t.school());
            List<SchoolPart> open = parts.values().stream().filter(p -> p != origin
                    && origin.school().distanceKm(p.school()) <= policy.maxDistanceKm()).toList();
            Candidate c = new Candidate(t.id(), origin, t.subject(), t.qualified(), t.backbone(), false, false,
                    t.seekingSeniorWithoutRural(), open, Set.of(), policy);
            c.setDestination(plan.containsKey(t.id()) ? parts.get(plan.get(t.id())) : null);
            candidates.add(c);
        }
        List<SubjectSlot> slots = parts.values().stream().flatMap(p -> teachers.stream().map(TeacherSpec::subject).distinct()
                .map(subject -> new SubjectSlot(p, subject))).toList();
        return new RotationSolution(policy, List.copyOf(schools.values()), List.copyOf(parts.values()), slots, List.of(),
                candidates);
    }

    /** Where each teacher goes in the solution (school code), or "stays". */
    public static Map<String, String> destinations(RotationSolution solution) {
        Map<String, String> where = new LinkedHashMap<>();
        solution.candidates().forEach(c -> where.put(c.teacherId(), c.moved() ? c.destination().school().code() : "stays"));
        return where;
    }
}
