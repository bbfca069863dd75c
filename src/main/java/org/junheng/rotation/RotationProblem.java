package org.junheng.rotation;

import java.util.List;
import java.util.Set;

import org.junheng.registry.SchoolYear;
import org.junheng.registry.Teacher;
import org.junheng.rotation.model.SchoolPair;

/**
 * What a county's rotation plan starts from: its schools' statistics of a year, its teacher
 * roster, and the school pairs of its assistance programmes.
 */
public record RotationProblem(String countyCode, String countyName, int year, List<SchoolYear> schoolYears,
                              List<Teacher> teachers, Set<SchoolPair> pairs) {

    public RotationProblem {
        schoolYears = List.copyOf(schoolYears);
        teachers = List.copyOf(teachers);
        pairs = Set.copyOf(pairs);
    }
}
