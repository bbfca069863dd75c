package org.junheng.assistance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures reports print where today's drafts have "**", counted from the records — of one
 * programme, or of every programme of a region ({@code programmeId} 0).
 *
 * @param placementPersonTimes placements by kind (each placement is one person-time)
 * @param placementBatches     distinct batches by kind
 * @param placementPeople      distinct people placed, by kind (a person placed in two counties counts in each,
 *                             so unlike the other figures the counties' may add up to more than their province's)
 * @param visits               activities in all
 * @param visitsByKind         activities by kind
 * @param expertPersonTimes    experts sent, summed over activities
 * @param pairs                school pairs of pairing programmes (one per helped school)
 * @param outcomesByKind       outcomes (honours, awards, research projects, studios) by kind
 * @param remoteClassrooms     Internet+ classrooms opened
 * @param donationValue        the value of donations, yuan
 * @param studentPairs         pen-pal student pairs, counted per class
 * @param outcomeCounts        honours by kind, level and location, prizes by rank, research projects counted once
 * @param studios              studios set up, by kind and location (for a region: every studio at its schools,
 *                             in a programme or not)
 * @param communities          education communities by type and the compulsory schools they cover
 * @param coverage             the counties and areas of the schools helped
 * @param relations            entrusted and friendship schools, mentor pairs, secondments to organisations
 * @param distinctTeachersReached teachers of the roster named among the people of activities, each once (beside
 *                             {@code teachersReached}, the person-times activities report)
 */
public record ProgrammeSummary(long programmeId, Map<String, Long> placementPersonTimes,
                               Map<String, Long> placementBatches, long visits, Map<String, Long> visitsByKind,
                               long expertPersonTimes, long teachersReached, long studentsReached, long helperSchools,
                               long helpedSchools, long needsRaised, long needsAddressed, long needsConfirmed, long pairs,
                               long outcomes, Map<String, Long> outcomesByKind, long remoteClassrooms, long donations,
                               BigDecimal donationValue, long studentPairs, Map<String, Long> placementPeople,
                               OutcomeCounts outcomeCounts, StudioCounts studios, CommunityCoverage communities,
                               ProgrammeCoverage coverage, RelationCounts relations, long distinctTeachersReached) {

    public ProgrammeSummary(long programmeId, Map<String, Long> placementPersonTimes, Map<String, Long> placementBatches,
                            long visits, Map<String, Long> visitsByKind, long expertPersonTimes, long teachersReached,
                            long studentsReached, long helperSchools, long helpedSchools, long needsRaised,
                            long needsAddressed, long needsConfirmed, long pairs, long outcomes,
                            Map<String, Long> outcomesByKind, long remoteClassrooms, long donations,
                            BigDecimal donationValue, long studentPairs) {
        this(programmeId, placementPersonTimes, placementBatches, visits, visitsByKind, expertPersonTimes, teachersReached,
                studentsReached, helperSchools, helpedSchools, needsRaised, needsAddressed, needsConfirmed, pairs, outcomes,
                outcomesByKind, remoteClassrooms, donations, donationValue, studentPairs, Map.of(), OutcomeCounts.NONE,
                StudioCounts.NONE, CommunityCoverage.NONE, ProgrammeCoverage.NONE, RelationCounts.NONE, 0);
    }
}
