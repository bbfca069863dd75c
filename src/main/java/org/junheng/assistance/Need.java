package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

/** A need raised by (or collected at) a helped school, and where it stands. */
public record Need(long id, long programmeId, String schoolCode, String subject, String category, String description,
                   NeedState state, LocalDate raisedOn, int version) implements VersionedRecord {

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(schoolCode);
    }
}
