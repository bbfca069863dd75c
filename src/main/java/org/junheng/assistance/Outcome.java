package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * An outcome of a programme — an honour (e.g. provincial backbone teacher 省级骨干教师), a contest
 * award, a research project approved or completed, a studio set up — attributed to a school and,
 * when personal, to a person (name or pseudonymous id).
 */
public record Outcome(long id, long programmeId, OutcomeKind kind, OutcomeLevel level, String title, String schoolCode,
                      String person, LocalDate achievedOn, int version) implements ProgrammeRecord {

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(schoolCode);
    }
}
