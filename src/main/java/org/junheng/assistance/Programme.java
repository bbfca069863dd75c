package org.junheng.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * An assistance programme with its participating schools. {@code version} counts its changes
 * (for optimistic locking).
 */
public record Programme(long id, ProgrammeKind kind, String name, String ownerRegion, CommunityType communityType,
                        LocalDate startDate, LocalDate endDate, String goals, String measures,
                        List<Participant> schools, int version) {

    /** The same programme with these schools. */
    public Programme withSchools(List<Participant> participants) {
        return new Programme(id, kind, name, ownerRegion, communityType, startDate, endDate, goals, measures, participants, version);
    }

    /** The codes of the participating schools, in the programme's order. */
    public List<String> schoolCodes() {
        return schools.stream().map(Participant::schoolCode).toList();
    }

    /**
     * A school in a programme and its part in it.
     *
     * @param area the area 片区 the school belongs to in the programme, if the programme names areas
     */
    public record Participant(String schoolCode, SchoolRole role, String area) {

        public Participant(String schoolCode, SchoolRole role) {
            this(schoolCode, role, null);
        }
    }
}
