package org.junheng.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One activity of a programme at a school: who went ({@code people}, names or ids separated by
 * "、" or ","), the subjects, how many experts went, how many teachers and students it reached, for
 * how long, and the school's feedback (rating 1–5, optional).
 */
public record Activity(long id, long programmeId, ActivityKind kind, LocalDate heldOn, String schoolCode, String place,
                       String people, String subjects, int experts, int teachersReached, int studentsReached,
                       BigDecimal hours, String notes, Integer rating, String feedback, int version) implements VersionedRecord {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[、,，;；\\s]+");

    /** These values under a stored activity's identity, at the version the caller read. */
    Activity identifiedAs(long storedId, long storedProgrammeId) {
        return new Activity(storedId, storedProgrammeId, kind, heldOn, schoolCode, place, people, subjects, experts,
                teachersReached, studentsReached, hours, notes, rating, feedback, version);
    }

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(schoolCode);
    }

    /** The names or ids in a list of people as activities write it ("甲、乙", "T001, T002"). */
    static List<String> named(String people) {
        if (people == null || people.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(SEPARATORS.split(people.strip())).filter(p -> !p.isEmpty()).distinct().toList();
    }
}
