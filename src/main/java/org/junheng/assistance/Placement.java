package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

/** A person placed from one school to another for a period, in a numbered batch of the programme. */
public record Placement(long id, long programmeId, PlacementKind kind, String person, String fromSchool, String toSchool,
                        LocalDate startDate, LocalDate endDate, int batch, int version) implements ProgrammeRecord {

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(fromSchool, toSchool);
    }
}
