package org.junheng.rotation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junheng.assessment.Profile;
import org.junheng.registry.SchoolYear;
import org.junheng.registry.Teacher;
import org.junheng.rotation.model.SchoolPair;

/**
 * What a county's rotation plan starts from: its schools' statistics of a year, its teacher
 * roster, the school pairs of its assistance programmes, and the profile its province assesses it by
 * (the standards a move is weighed against, and the assessment before and after the plan).
 */
public record RotationProblem(String countyCode, String countyName, int year, List<SchoolYear> schoolYears,
                              List<Teacher> teachers, Set<SchoolPair> pairs, Profile profile) {

    public RotationProblem {
        schoolYears = List.copyOf(schoolYears);
        teachers = List.copyOf(teachers);
        pairs = Set.copyOf(pairs);
        profile = profile == null ? Profile.national() : profile;
    }

    /**
     * A county's problem from statistics and a roster that may hold more — a whole province's files, a
     * store: the county's school-years of the year, and the teachers of those schools.
     */
    public static RotationProblem ofCounty(String countyCode, String countyName, int year,
                                           Collection<SchoolYear> schoolYears, Collection<Teacher> roster,
                                           Set<SchoolPair> pairs, Profile profile) {
        List<SchoolYear> county = schoolYears.stream().filter(s -> s.statistics().year() == year
                && s.school().countyCode().equals(countyCode)).toList();
        Set<String> schools = county.stream().map(s -> s.school().code()).collect(Collectors.toSet());
        List<Teacher> teachers = roster.stream().filter(t -> schools.contains(t.schoolCode())).toList();
        return new RotationProblem(countyCode, countyName, year, county, teachers, pairs, profile);
    }

    /** A problem assessed by the national profile. */
    public RotationProblem(String countyCode, String countyName, int year, List<SchoolYear> schoolYears,
                           List<Teacher> teachers, Set<SchoolPair> pairs) {
        this(countyCode, countyName, year, schoolYears, teachers, pairs, null);
    }

    /** The same problem, assessed by this profile. */
    public RotationProblem assessedBy(Profile other) {
        return new RotationProblem(countyCode, countyName, year, schoolYears, teachers, pairs, other);
    }

    /** The same problem, with these schools paired in programmes (each entry two school codes, in either order). */
    public RotationProblem withPairedSchools(Collection<List<String>> paired) {
        Set<SchoolPair> all = new HashSet<>(pairs);
        paired.forEach(p -> all.add(SchoolPair.of(p.get(0), p.get(1))));
        return new RotationProblem(countyCode, countyName, year, schoolYears, teachers, all, profile);
    }
}
