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

    /** A school in a programme and its part in it. */
    public record Participant(String schoolCode, SchoolRole role) {
    }
}
