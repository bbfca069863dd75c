package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

/** An Internet+ classroom at a school of a programme, linked to a partner school when it has one. */
public record RemoteClassroom(long id, long programmeId, String schoolCode, String partnerSchool, RemoteClassroomKind kind,
                              LocalDate openedOn) implements ProgrammeRecord {

    @Override
    public List<String> schoolsNamed() {
        return ProgrammeRecord.schools(schoolCode, partnerSchool);
    }
}
