package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * Two classes paired for a pen-pal exchange 手拉手, with the number of student pairs — counted at
 * class level, so no personal data of minors is kept.
 */
public record ClassPairing(long id, long programmeId, String schoolCode, String className, String partnerSchool,
                           String partnerClass, int studentPairs, LocalDate pairedOn) implements ProgrammeRecord {

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(schoolCode, partnerSchool);
    }
}
