package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * A person placed from one school to another for a period, in a numbered batch of the programme —
 * or, for a cadre seconded to an education bureau 挂职, to an organisation instead of a school.
 *
 * @param toOrganisation the organisation a secondment is to, when it is not to a school
 */
public record Placement(long id, long programmeId, PlacementKind kind, String person, String fromSchool, String toSchool,
                        LocalDate startDate, LocalDate endDate, int batch, Long toOrganisation, int version)
        implements VersionedRecord {

    public Placement(long id, long programmeId, PlacementKind kind, String person, String fromSchool, String toSchool,
                     LocalDate startDate, LocalDate endDate, int batch, int version) {
        this(id, programmeId, kind, person, fromSchool, toSchool, startDate, endDate, batch, null, version);
    }

    /** These values under a stored placement's identity, at the version the caller read. */
    Placement identifiedAs(long storedId, long storedProgrammeId) {
        return new Placement(storedId, storedProgrammeId, kind, person, fromSchool, toSchool, startDate, endDate, batch,
                toOrganisation, version);
    }

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(fromSchool, toSchool);
    }
}
